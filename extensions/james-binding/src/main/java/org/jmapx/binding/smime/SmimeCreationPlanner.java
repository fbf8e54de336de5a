package org.jmapx.binding.smime;

import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.inject.Inject;

import org.jmapx.smime.certs.RecipientCertificates;
import org.jmapx.smime.keys.UserKeys;
import org.jmapx.smime.sign.SigningIdentity;
import org.jmapx.smime.verify.CertificateEmails;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import reactor.core.publisher.Flux;
import reactor.core.publisher.Mono;

/**
 * Reads smimeSign / smimeEncrypt out of Email/set creations (draft-ietf-jmap-smime-sender-extensions
 * section 4), removes them from the creations, and checks up front that the user's key and every
 * recipient's certificate exist: a creation that cannot be protected is not created at all. Both
 * false (or absent) is a plain creation, left to James.
 */
public class SmimeCreationPlanner {
    static final String SIGN = "smimeSign";
    static final String ENCRYPT = "smimeEncrypt";
    public static final String CERTIFICATE_NOT_FOUND = "smimeCertificateNotFound";
    public static final String SIGNING_KEY_NOT_FOUND = "smimeSigningKeyNotFound";

    private final UserKeys keys;
    private final RecipientCertificates certificates;

    @Inject
    public SmimeCreationPlanner(UserKeys keys, RecipientCertificates certificates) {
        this.keys = keys;
        this.certificates = certificates;
    }

    /** True when some creation names an S/MIME property: the only case where anything here runs. */
    static boolean requested(JsonNode arguments) {
        for (JsonNode creation : arguments.path("create")) {
            if (creation.has(SIGN) || creation.has(ENCRYPT)) {
                return true;
            }
        }
        return false;
    }

    /** Mutates {@code arguments}: S/MIME properties removed, refused creations removed. */
    Mono<SmimeCreationPlan> plan(ObjectNode arguments, String user) {
        JsonNode create = arguments.path("create");
        Map<String, SmimeProtection> protections = new LinkedHashMap<>();
        Map<String, ObjectNode> errors = new LinkedHashMap<>();
        if (!create.isObject()) {
            return Mono.just(new SmimeCreationPlan(protections, errors));
        }
        return Flux.fromIterable(iterable(create.fieldNames()))
            .concatMap(creationId -> planOne(creationId, (ObjectNode) create.get(creationId), user)
                .doOnNext(outcome -> {
                    if (outcome.error() != null) {
                        errors.put(creationId, outcome.error());
                    } else if (outcome.protection() != null) {
                        protections.put(creationId, outcome.protection());
                    }
                }))
            .then(Mono.fromSupplier(() -> {
                errors.keySet().forEach(((ObjectNode) create)::remove);
                return new SmimeCreationPlan(protections, errors);
            }));
    }

    /**
     * Without urn:ietf:params:jmap:smime-advanced in {@code using} the properties do not exist (RFC 8620
     * 3.3), and James alone would ignore them: a creation asking for encryption would be stored and sent
     * in clear. Every creation naming one is refused instead; the properties are removed from the others.
     */
    SmimeCreationPlan refuseAll(ObjectNode arguments) {
        Map<String, ObjectNode> errors = new LinkedHashMap<>();
        JsonNode create = arguments.path("create");
        for (String creationId : iterable(create.fieldNames())) {
            JsonNode creation = create.get(creationId);
            List<String> named = new ArrayList<>();
            for (String property : List.of(SIGN, ENCRYPT)) {
                if (creation.has(property)) {
                    named.add(property);
                }
            }
            if (!named.isEmpty()) {
                errors.put(creationId, error("invalidProperties", String.join(" and ", named)
                    + " need urn:ietf:params:jmap:smime-advanced in using", named));
            }
        }
        errors.keySet().forEach(((ObjectNode) create)::remove);
        return new SmimeCreationPlan(Map.of(), errors);
    }

    private record Outcome(SmimeProtection protection, ObjectNode error) {
    }

    private Mono<Outcome> planOne(String creationId, ObjectNode creation, String user) {
        JsonNode sign = creation.remove(SIGN);
        JsonNode encrypt = creation.remove(ENCRYPT);
        if (sign == null && encrypt == null) {
            return Mono.just(new Outcome(null, null));
        }
        for (JsonNode value : new JsonNode[] {sign, encrypt}) {
            if (value != null && !value.isBoolean()) {
                return Mono.just(new Outcome(null, error("invalidProperties", "smimeSign and smimeEncrypt are Booleans", List.of(SIGN, ENCRYPT))));
            }
        }
        boolean signing = sign != null && sign.booleanValue();
        boolean encrypting = encrypt != null && encrypt.booleanValue();
        if (!signing && !encrypting) {
            return Mono.just(new Outcome(null, null));
        }
        Mono<Optional<SigningIdentity>> signer = signing ? keys.identity(user).map(Optional::of).defaultIfEmpty(Optional.empty())
            : Mono.just(Optional.empty());
        return signer.flatMap(identity -> {
            if (signing && identity.isEmpty()) {
                return Mono.just(new Outcome(null, error(SIGNING_KEY_NOT_FOUND,
                    "no S/MIME private key is configured for " + user + "; an operator imports it through WebAdmin", List.of(SIGN))));
            }
            Optional<String> uncovered = identity.flatMap(id -> uncoveredFrom(creation, id.certificate()));
            if (uncovered.isPresent()) {
                return Mono.just(new Outcome(null, error(SIGNING_KEY_NOT_FOUND,
                    "the S/MIME certificate of " + user + " does not carry the From address " + uncovered.get(), List.of(SIGN, "from"))));
            }
            if (!encrypting) {
                return Mono.just(new Outcome(new SmimeProtection(identity, List.of()), null));
            }
            return encryptionCertificates(creation, user).map(found -> {
                if (!found.missing().isEmpty()) {
                    return new Outcome(null, error(CERTIFICATE_NOT_FOUND,
                        "no S/MIME certificate is known for: " + String.join(", ", found.missing()), List.of(ENCRYPT)));
                }
                return new Outcome(new SmimeProtection(identity, found.certificates()), null);
            });
        });
    }

    private record Found(List<X509Certificate> certificates, List<String> missing) {
    }

    /**
     * Every To, Cc and Bcc address must have a certificate. The user's own certificate is added when
     * known, so that the copy kept in Sent stays readable by the sender (RFC 8551 3.3 practice).
     */
    private Mono<Found> encryptionCertificates(ObjectNode creation, String user) {
        Set<String> addresses = new LinkedHashSet<>();
        for (String field : List.of("to", "cc", "bcc")) {
            creation.path(field).forEach(address -> addresses.add(CertificateEmails.normalize(address.path("email").asText(""))));
        }
        addresses.remove("");
        List<X509Certificate> found = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        return Flux.fromIterable(addresses)
            .concatMap(address -> certificates.find(user, address).map(Optional::of).defaultIfEmpty(Optional.empty())
                .doOnNext(certificate -> certificate.ifPresentOrElse(found::add, () -> missing.add(address))))
            .then(keys.certificates(user).map(chain -> chain.get(0)).map(Optional::of).defaultIfEmpty(Optional.empty()))
            .map(own -> {
                own.ifPresent(found::add);
                if (addresses.isEmpty()) {
                    missing.add("(no recipient)");
                }
                return new Found(found, missing);
            });
    }

    private static Optional<String> uncoveredFrom(ObjectNode creation, X509Certificate certificate) {
        Set<String> carried = CertificateEmails.of(certificate);
        for (JsonNode from : creation.path("from")) {
            String email = CertificateEmails.normalize(from.path("email").asText(""));
            if (!carried.contains(email)) {
                return Optional.of(email);
            }
        }
        return Optional.empty();
    }

    private static ObjectNode error(String type, String description, List<String> properties) {
        ObjectNode error = JsonNodeFactory.instance.objectNode().put("type", type).put("description", description);
        properties.forEach(error.putArray("properties")::add);
        return error;
    }

    private static <T> Iterable<T> iterable(Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }
}
