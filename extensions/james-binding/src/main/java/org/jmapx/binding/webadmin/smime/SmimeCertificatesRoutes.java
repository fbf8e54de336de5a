package org.jmapx.binding.webadmin.smime;

import java.io.ByteArrayInputStream;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;

import javax.inject.Inject;

import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder.ErrorType;
import org.jmapx.smime.certs.RecipientCertificates;
import org.jmapx.smime.keys.CertificateInfo;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Operator routes for the recipient certificate directory: PUT a PEM (or DER) certificate for an
 * address, GET its public facts, DELETE it. Certificates put here are used to encrypt for every user.
 */
public class SmimeCertificatesRoutes implements Routes {
    public static final String BASE_PATH = "/jmapx/smime/certificates";
    static final String ADDRESS_PATH = BASE_PATH + "/:address";

    private final RecipientCertificates certificates;

    @Inject
    public SmimeCertificatesRoutes(RecipientCertificates certificates) {
        this.certificates = certificates;
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.put(ADDRESS_PATH, this::put);
        service.get(ADDRESS_PATH, this::show);
        service.delete(ADDRESS_PATH, this::delete);
    }

    private Object put(Request request, Response response) {
        byte[] body = request.bodyAsBytes();
        if (body.length > SmimeKeysRoutes.MAX_BODY_BYTES) {
            throw SmimeKeysRoutes.error(413, ErrorType.INVALID_ARGUMENT, "the certificate is too large");
        }
        X509Certificate certificate;
        try {
            certificate = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(body));
        } catch (CertificateException | ClassCastException e) {
            throw SmimeKeysRoutes.error(400, ErrorType.INVALID_ARGUMENT, "the body is not a PEM or DER X.509 certificate");
        }
        try {
            certificates.putInDirectory(request.params("address"), certificate).block();
        } catch (IllegalArgumentException e) {
            throw SmimeKeysRoutes.error(400, ErrorType.INVALID_ARGUMENT, e.getMessage());
        }
        response.type("application/json");
        return CertificateInfoJson.of(CertificateInfo.of(certificate)).toString();
    }

    private Object show(Request request, Response response) {
        X509Certificate certificate = certificates.inDirectory(request.params("address")).blockOptional()
            .orElseThrow(() -> SmimeKeysRoutes.error(404, ErrorType.NOT_FOUND, "no certificate for " + request.params("address")));
        response.type("application/json");
        return CertificateInfoJson.of(CertificateInfo.of(certificate)).toString();
    }

    private Object delete(Request request, Response response) {
        certificates.deleteFromDirectory(request.params("address")).block();
        response.status(204);
        return "";
    }
}
