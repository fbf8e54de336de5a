package org.jmapx.binding.sieve;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.james.core.Username;
import org.apache.james.sieverepository.api.ScriptContent;
import org.apache.james.sieverepository.api.ScriptName;
import org.apache.james.sieverepository.api.ScriptSummary;
import org.apache.james.sieverepository.api.SieveRepository;
import org.apache.james.sieverepository.api.exception.QuotaExceededException;
import org.apache.james.sieverepository.api.exception.SieveRepositoryException;

/**
 * One user's scripts in James's own SieveRepository (the one ManageSieve, WebAdmin and the Sieve mailet
 * use). Repository failures other than quota are server failures, hence unchecked.
 */
final class UserScripts {
    private final SieveRepository repository;
    private final Username username;

    UserScripts(SieveRepository repository, String username) {
        this.repository = repository;
        this.username = Username.of(username);
    }

    List<ScriptSummary> list() {
        return call(() -> repository.listScripts(username));
    }

    byte[] content(String name) {
        return call(() -> {
            try (InputStream content = repository.getScript(username, new ScriptName(name))) {
                return content.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }

    /** Checks James's Sieve quota before a write of {@code size} octets to this name. */
    void checkSpace(String name, long size) throws QuotaExceededException {
        callQuota(() -> {
            repository.haveSpace(username, new ScriptName(name), size);
            return null;
        });
    }

    /**
     * Writes the content. Cassandra's repository marks a rewritten script inactive while its active-script
     * pointer stays: the caller reactivates an active script it rewrites.
     */
    void put(String name, byte[] content) throws QuotaExceededException {
        callQuota(() -> {
            repository.putScript(username, new ScriptName(name), new ScriptContent(new String(content, StandardCharsets.UTF_8)));
            return null;
        });
    }

    void rename(String oldName, String newName) {
        call(() -> {
            repository.renameScript(username, new ScriptName(oldName), new ScriptName(newName));
            return null;
        });
    }

    void delete(String name) {
        call(() -> {
            repository.deleteScript(username, new ScriptName(name));
            return null;
        });
    }

    void activate(String name) {
        call(() -> {
            repository.setActive(username, new ScriptName(name));
            return null;
        });
    }

    void deactivate() {
        call(() -> {
            repository.setActive(username, SieveRepository.NO_SCRIPT_NAME);
            return null;
        });
    }

    private interface RepositoryCall<T> {
        T run() throws SieveRepositoryException;
    }

    private static <T> T call(RepositoryCall<T> call) {
        try {
            return call.run();
        } catch (SieveRepositoryException e) {
            throw new IllegalStateException("Sieve repository failure", e);
        }
    }

    private static <T> T callQuota(RepositoryCall<T> call) throws QuotaExceededException {
        try {
            return call.run();
        } catch (QuotaExceededException e) {
            throw e;
        } catch (SieveRepositoryException e) {
            throw new IllegalStateException("Sieve repository failure", e);
        }
    }
}
