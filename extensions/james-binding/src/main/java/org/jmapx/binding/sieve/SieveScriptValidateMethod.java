package org.jmapx.binding.sieve;

import java.util.Set;

import org.jmapx.engine.argument.Arguments;
import org.jmapx.engine.method.Capabilities;
import org.jmapx.engine.method.JmapMethod;
import org.jmapx.engine.method.MethodContext;
import org.jmapx.engine.method.MethodErrorException;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * SieveScript/validate (RFC 9661 2.6): the checks of SieveScript/set without storing anything. An unknown
 * blob is the client's mistake about arguments, not a property of a script: invalidArguments.
 */
final class SieveScriptValidateMethod implements JmapMethod {
    private static final Set<String> ARGUMENTS = Set.of("accountId", "blobId");

    private final SieveScripts scripts;
    private final ContentCheck contentCheck;

    SieveScriptValidateMethod(SieveScripts scripts, ContentCheck contentCheck) {
        this.scripts = scripts;
        this.contentCheck = contentCheck;
    }

    @Override
    public String name() {
        return "SieveScript/validate";
    }

    @Override
    public Set<String> requiredCapabilities() {
        return Set.of(Capabilities.CORE, SieveCapability.URN);
    }

    @Override
    public ObjectNode call(ObjectNode arguments, MethodContext context) throws MethodErrorException {
        Arguments args = new Arguments(arguments).allowOnly(ARGUMENTS);
        String accountId = args.requiredString("accountId");
        if (!context.actsAsOwner(accountId)) {
            throw MethodErrorException.accountNotFound(accountId);
        }
        String blobId = args.requiredString("blobId");
        String username = accountId.equals(context.primaryAccountId()) ? context.username()
            : scripts.username(accountId).orElseThrow(() -> MethodErrorException.accountNotFound(accountId));
        ContentCheck.Checked checked = contentCheck.check(accountId, username, blobId);
        if (checked.error().isPresent() && checked.error().get().type().equals("blobNotFound")) {
            throw MethodErrorException.invalidArguments("Blob " + blobId + " could not be found");
        }
        ObjectNode response = JsonNodeFactory.instance.objectNode();
        response.put("accountId", accountId);
        response.set("error", checked.error().map(error -> (com.fasterxml.jackson.databind.JsonNode) error.toJson()).orElse(null));
        return response;
    }
}
