package org.jmapx.binding.api;

import java.util.List;

import javax.inject.Inject;

import org.jmapx.binding.json.JsonBridge;
import org.jmapx.binding.mail.CreatedEmailMessageId;
import org.jmapx.binding.mail.CreationHeaderForms;
import org.jmapx.binding.mail.EmailBodyValues;
import org.jmapx.binding.mail.EmailGetAttachmentsLast;
import org.jmapx.binding.mail.EmailHeaderUrls;
import org.jmapx.binding.mail.EmailKeywords;
import org.jmapx.binding.mail.EmailNullProperties;
import org.jmapx.binding.mail.EmailTextNormalisation;
import org.jmapx.binding.mail.MailboxNameDots;
import org.jmapx.binding.mail.SetErrorTypes;

/**
 * The {@link InvocationRewriter}s {@link MethodCalls} applies to James's methods, in order: each
 * closes one RFC 8620/8621 gap of James 3.8.1 (docs/conformance.md, docs/upstream/).
 */
public class JamesMethodRewriters {
    private final List<InvocationRewriter> rewriters;

    @Inject
    public JamesMethodRewriters(JsonBridge bridge) {
        this.rewriters = List.of(
            new MailboxGetNullProperties(bridge),
            new MailboxNameDots(bridge),
            new EmailGetAttachmentsLast(bridge),
            new EmailNullProperties(bridge),
            new CreationHeaderForms(bridge),
            new CreatedEmailMessageId(bridge),
            new EmailKeywords(bridge),
            new EmailBodyValues(bridge),
            new EmailTextNormalisation(bridge),
            new EmailHeaderUrls(bridge),
            new SetErrorTypes(bridge));
    }

    public List<InvocationRewriter> all() {
        return rewriters;
    }
}
