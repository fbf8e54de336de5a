package org.jmapx.binding.sieve;

import java.util.List;
import java.util.Optional;

import org.jmapx.engine.set.SetError;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;

/** Whether a blob may become a script's content: it exists, fits maxSizeScript and is valid Sieve for James. */
final class ContentCheck {
    private final ScriptContents contents;
    private final SieveSyntax syntax;
    private final SieveLimits limits;

    ContentCheck(ScriptContents contents, SieveSyntax syntax, SieveLimits limits) {
        this.contents = contents;
        this.syntax = syntax;
        this.limits = limits;
    }

    /** The content, or the SetError that refuses it. */
    Checked check(String accountId, String username, String blobId) {
        Optional<byte[]> content = contents.read(accountId, username, blobId);
        if (content.isEmpty()) {
            return Checked.refused(new SetError("blobNotFound", "Blob " + blobId + " could not be found",
                List.of(SieveScriptRecords.BLOB_ID), JsonNodeFactory.instance.objectNode()
                    .set("notFound", JsonNodeFactory.instance.arrayNode().add(blobId))));
        }
        if (limits.maxSizeScript().isPresent() && content.get().length > limits.maxSizeScript().get()) {
            return Checked.refused(SetError.tooLarge("The script has " + content.get().length
                + " octets, more than maxSizeScript " + limits.maxSizeScript().get()));
        }
        return syntax.problem(content.get())
            .map(problem -> Checked.refused(SetError.of("invalidSieve", problem)))
            .orElseGet(() -> Checked.accepted(content.get()));
    }

    record Checked(Optional<byte[]> content, Optional<SetError> error) {
        static Checked accepted(byte[] content) {
            return new Checked(Optional.of(content), Optional.empty());
        }

        static Checked refused(SetError error) {
            return new Checked(Optional.empty(), Optional.of(error));
        }
    }
}
