package dev.cairn.update;

import dev.cairn.CairnException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jgit.api.Git;
import org.eclipse.jgit.api.StatusCommand;
import org.eclipse.jgit.api.errors.GitAPIException;
import org.eclipse.jgit.lib.Repository;
import org.eclipse.jgit.storage.file.FileRepositoryBuilder;

/**
 * Whether the project sits in a git work tree with uncommitted changes (JGit's status): an update
 * on top of them would mix the template's changes with the team's work in progress, and make both
 * hard to review or undo.
 */
final class GitWorkTree {

    private GitWorkTree() {}

    /**
     * @param root the project folder
     * @param shownAs how the message names it
     * @throws CairnException if the project is in a git work tree and has uncommitted changes
     *     (changed, added, removed or missing tracked files; untracked files do not count)
     */
    static void refuseUncommittedChanges(Path root, String shownAs) {
        String shown = shownAs.isEmpty() ? "." : shownAs.replaceAll("/+$", "");
        FileRepositoryBuilder builder = new FileRepositoryBuilder().findGitDir(root.toAbsolutePath().toFile());
        if (builder.getGitDir() == null) {
            return; // not in a git repository: nothing to compare with
        }
        try (Repository repository = builder.setMustExist(true).build(); Git git = new Git(repository)) {
            if (repository.isBare()) {
                return;
            }
            Path workTree = repository.getWorkTree().toPath().toRealPath();
            Path project = root.toRealPath();
            StatusCommand status = git.status();
            String relative = workTree.relativize(project).toString().replace('\\', '/');
            if (!relative.isEmpty()) {
                status.addPath(relative);
            }
            Set<String> uncommitted = new TreeSet<>(status.call().getUncommittedChanges());
            if (!uncommitted.isEmpty()) {
                throw new CairnException(shown, 0, "the git work tree has uncommitted changes ("
                        + uncommitted.size() + (uncommitted.size() == 1 ? " file: " : " files, the first: ")
                        + uncommitted.iterator().next() + ")",
                        "commit or stash them first, so that the update is one change of its own; or pass --allow-dirty");
            }
        } catch (IOException | GitAPIException e) {
            throw new CairnException(shown, 0, "cannot read the git status: " + e.getMessage(),
                    "pass --allow-dirty to update without checking", e);
        }
    }
}
