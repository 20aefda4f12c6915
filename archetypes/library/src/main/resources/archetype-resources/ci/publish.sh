#!/bin/sh
# Publishes the library to the Maven repository at MAVEN_REPOSITORY_URL, as MAVEN_REPOSITORY_USERNAME with
# MAVEN_REPOSITORY_PASSWORD: the pipeline reads them from the CI's secret store (README.md, Publish). On a tag
# (RELEASE_TAG=v1.2.0) the version in pom.xml must be the tag's (1.2.0), so that a release is never a snapshot.
# 'mvn deploy' builds, tests and checks everything again before it uploads anything. Arguments go to Maven.
set -eu

: "${MAVEN_REPOSITORY_URL:?is not set: the URL of the Maven repository to publish to (README.md, Publish)}"
: "${MAVEN_REPOSITORY_USERNAME:?is not set: the user that publishes, from the CI secret store (README.md, Publish)}"
: "${MAVEN_REPOSITORY_PASSWORD:?is not set: its password or token, from the CI secret store (README.md, Publish)}"

if [ -n "${RELEASE_TAG:-}" ]; then
    # through a file: some Maven versions wrap what they print in colour codes, even in batch mode
    mvn -B -q "$@" org.apache.maven.plugins:maven-help-plugin:3.5.1:evaluate \
        -Dexpression=project.version -Doutput=target/publish-version.txt
    version=$(cat target/publish-version.txt)
    if [ "$version" != "${RELEASE_TAG#v}" ]; then
        echo "publish: tag $RELEASE_TAG does not match version $version in pom.xml;" \
            "set the version to ${RELEASE_TAG#v}, commit, and tag that commit" >&2
        exit 1
    fi
fi

exec mvn -B -s .mvn/publish-settings.xml -Ppublish "$@" deploy
