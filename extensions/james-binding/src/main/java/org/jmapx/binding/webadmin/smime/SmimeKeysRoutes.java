package org.jmapx.binding.webadmin.smime;

import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;
import org.apache.james.webadmin.utils.ErrorResponder.ErrorType;
import org.jmapx.smime.keys.CertificateInfo;
import org.jmapx.smime.keys.InvalidPkcs12Exception;
import org.jmapx.smime.keys.KeySecretMissingException;
import org.jmapx.smime.keys.UserKeys;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Operator routes for a user's S/MIME identity (docs/smime.md): PUT a PKCS#12 file (base64, with its
 * password, in a JSON body), GET the certificate chain's public facts, DELETE it. The private key
 * and the password are never returned, logged, or kept after the import (the key is stored encrypted).
 */
public class SmimeKeysRoutes implements Routes {
    public static final String BASE_PATH = "/jmapx/smime/users";
    static final String KEY_PATH = BASE_PATH + "/:user/key";
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private static final ObjectMapper MAPPER = new ObjectMapper();

    private final UsersRepository users;
    private final UserKeys keys;

    @Inject
    public SmimeKeysRoutes(UsersRepository users, UserKeys keys) {
        this.users = users;
        this.keys = keys;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.put(KEY_PATH, this::importKey);
        service.get(KEY_PATH, this::show);
        service.delete(KEY_PATH, this::delete);
    }

    private Object importKey(Request request, Response response) {
        String user = existingUser(request);
        byte[] body = request.bodyAsBytes();
        if (body.length > MAX_BODY_BYTES) {
            throw error(413, ErrorType.INVALID_ARGUMENT, "the request is larger than " + MAX_BODY_BYTES + " bytes");
        }
        byte[] pkcs12;
        char[] password;
        try {
            JsonNode json = MAPPER.readTree(body);
            pkcs12 = Base64.getMimeDecoder().decode(json.path("pkcs12").asText(""));
            password = json.path("password").asText("").toCharArray();
        } catch (java.io.IOException | IllegalArgumentException e) {
            throw error(400, ErrorType.INVALID_ARGUMENT, "expected {\"pkcs12\": \"<base64>\", \"password\": \"...\"}");
        }
        if (pkcs12.length == 0) {
            throw error(400, ErrorType.INVALID_ARGUMENT, "pkcs12 is missing");
        }
        try {
            CertificateInfo info = keys.importPkcs12(user, pkcs12, password).block();
            response.type("application/json");
            return CertificateInfoJson.of(info).toString();
        } catch (KeySecretMissingException e) {
            throw error(409, ErrorType.INVALID_ARGUMENT, e.getMessage());
        } catch (RuntimeException e) {
            if (e.getCause() instanceof InvalidPkcs12Exception invalid) {
                throw error(400, ErrorType.INVALID_ARGUMENT, invalid.getMessage());
            }
            throw e;
        } finally {
            Arrays.fill(password, '\0');
            Arrays.fill(pkcs12, (byte) 0);
        }
    }

    private Object show(Request request, Response response) {
        String user = existingUser(request);
        List<java.security.cert.X509Certificate> chain = keys.certificates(user).blockOptional()
            .orElseThrow(() -> error(404, ErrorType.NOT_FOUND, "no S/MIME key for " + user));
        ArrayNode certificates = JsonNodeFactory.instance.arrayNode();
        chain.forEach(certificate -> certificates.add(CertificateInfoJson.of(CertificateInfo.of(certificate))));
        response.type("application/json");
        return JsonNodeFactory.instance.objectNode().put("user", user).set("certificates", certificates).toString();
    }

    private Object delete(Request request, Response response) {
        keys.delete(existingUser(request)).block();
        response.status(204);
        return "";
    }

    private String existingUser(Request request) {
        String user = request.params("user");
        try {
            if (!users.contains(Username.of(user))) {
                throw error(404, ErrorType.NOT_FOUND, "user " + user + " not found");
            }
            return Username.of(user).asString();
        } catch (UsersRepositoryException | IllegalArgumentException e) {
            throw error(400, ErrorType.INVALID_ARGUMENT, "invalid user " + user);
        }
    }

    static spark.HaltException error(int status, ErrorType type, String message) {
        return ErrorResponder.builder().statusCode(status).type(type).message(message).haltError();
    }
}
