package org.jmapx.smime.keys;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.jmapx.smime.sign.SigningIdentity;

/** Reads the single private key entry of a PKCS#12 file, with its certificate chain. */
public final class Pkcs12Reader {
    private Pkcs12Reader() {
    }

    public static SigningIdentity read(byte[] pkcs12, char[] password) throws InvalidPkcs12Exception {
        KeyStore store;
        try {
            store = KeyStore.getInstance("PKCS12");
            store.load(new ByteArrayInputStream(pkcs12), password);
        } catch (IOException | GeneralSecurityException e) {
            // the JDK says "wrong password" and "corrupt file" the same way: say both
            throw new InvalidPkcs12Exception("cannot read the PKCS#12 file (wrong password or not a PKCS#12 file)");
        }
        try {
            List<String> keyAliases = new ArrayList<>();
            for (String alias : Collections.list(store.aliases())) {
                if (store.isKeyEntry(alias)) {
                    keyAliases.add(alias);
                }
            }
            if (keyAliases.size() != 1) {
                throw new InvalidPkcs12Exception("the PKCS#12 file must hold exactly one private key, it holds " + keyAliases.size());
            }
            Key key = store.getKey(keyAliases.get(0), password);
            Certificate[] chain = store.getCertificateChain(keyAliases.get(0));
            if (!(key instanceof PrivateKey privateKey) || chain == null || chain.length == 0
                || !(chain[0] instanceof X509Certificate certificate)) {
                throw new InvalidPkcs12Exception("the PKCS#12 key entry has no X.509 certificate");
            }
            List<X509Certificate> rest = new ArrayList<>();
            for (int i = 1; i < chain.length; i++) {
                rest.add((X509Certificate) chain[i]);
            }
            return new SigningIdentity(privateKey, certificate, rest);
        } catch (GeneralSecurityException e) {
            throw new InvalidPkcs12Exception("cannot read the PKCS#12 key entry");
        }
    }
}
