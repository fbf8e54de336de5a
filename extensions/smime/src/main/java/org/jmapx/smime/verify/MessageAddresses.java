package org.jmapx.smime.verify;

import java.util.LinkedHashSet;
import java.util.Set;

import org.apache.james.mime4j.dom.address.Address;
import org.apache.james.mime4j.dom.address.Group;
import org.apache.james.mime4j.dom.address.Mailbox;
import org.apache.james.mime4j.field.address.LenientAddressParser;
import org.jmapx.smime.mime.MimeEntity;

/** The email addresses of an address header field, normalized like {@link CertificateEmails}. */
final class MessageAddresses {
    private MessageAddresses() {
    }

    static Set<String> of(MimeEntity entity, String header) {
        Set<String> addresses = new LinkedHashSet<>();
        entity.header(header).ifPresent(value -> {
            for (Address address : LenientAddressParser.DEFAULT.parseAddressList(value)) {
                if (address instanceof Mailbox mailbox) {
                    addresses.add(CertificateEmails.normalize(mailbox.getAddress()));
                } else if (address instanceof Group group) {
                    group.getMailboxes().forEach(mailbox -> addresses.add(CertificateEmails.normalize(mailbox.getAddress())));
                }
            }
        });
        return addresses;
    }
}
