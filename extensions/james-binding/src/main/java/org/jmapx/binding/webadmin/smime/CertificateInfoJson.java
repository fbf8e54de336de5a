package org.jmapx.binding.webadmin.smime;

import org.jmapx.smime.keys.CertificateInfo;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** The JSON WebAdmin shows for a certificate: public facts only, never key material. */
final class CertificateInfoJson {
    private CertificateInfoJson() {
    }

    static ObjectNode of(CertificateInfo info) {
        ObjectNode json = JsonNodeFactory.instance.objectNode();
        json.put("subject", info.subject());
        json.put("issuer", info.issuer());
        json.put("serialNumber", info.serialNumber());
        json.put("notBefore", info.notBefore().toString());
        json.put("notAfter", info.notAfter().toString());
        info.emails().forEach(json.putArray("emails")::add);
        json.put("sha256Fingerprint", info.sha256Fingerprint());
        return json;
    }
}
