#!/bin/sh
echo "${artifactId} stays raw"
