package org.jmapx.binding.webadmin.contacts;


import javax.inject.Inject;

import org.apache.james.core.Username;
import org.apache.james.user.api.UsersRepository;
import org.apache.james.user.api.UsersRepositoryException;
import org.apache.james.webadmin.Routes;
import org.apache.james.webadmin.utils.ErrorResponder;
import org.apache.james.webadmin.utils.ErrorResponder.ErrorType;
import org.jmapx.binding.account.AccountIds;
import org.jmapx.contacts.ContactsExtension;
import org.jmapx.contacts.vcard.AddressBookNotFoundException;
import org.jmapx.contacts.vcard.ImportReport;
import org.jmapx.engine.method.SystemMethodContext;
import org.jmapx.contacts.vcard.VCardExport;
import org.jmapx.contacts.vcard.VCardExporter;
import org.jmapx.contacts.vcard.VCardFormatException;
import org.jmapx.contacts.vcard.VCardImporter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import spark.Request;
import spark.Response;
import spark.Service;

/**
 * Operator routes (James WebAdmin) exporting an address book as a .vcf file and importing one into
 * it; see docs/contacts-vcard.md. Both go through the ContactCard JMAP methods with a system context
 * for the user's account, so validation, uid uniqueness, the change log and push apply.
 */
public class VCardRoutes implements Routes {
    public static final String BASE_PATH = "/jmapx/contacts";
    static final String VCARD_PATH = BASE_PATH + "/:user/addressbooks/:bookId/vcard";
    /** The largest .vcf accepted by an import (10 MiB); larger bodies get 413. */
    public static final int MAX_IMPORT_BYTES = 10 * 1024 * 1024;
    /** Export answer header naming the ids of the cards that could not be written (comma-separated). */
    public static final String SKIPPED_HEADER = "X-JMAPX-Skipped-Cards";
    private static final Logger LOGGER = LoggerFactory.getLogger(VCardRoutes.class);

    private final UsersRepository users;
    private final VCardImporter importer;
    private final VCardExporter exporter;

    @Inject
    public VCardRoutes(UsersRepository users, ContactsExtension contacts) {
        this.users = users;
        this.importer = new VCardImporter(contacts.methods());
        this.exporter = new VCardExporter(contacts.methods());
    }

    @Override
    public String getBasePath() {
        return BASE_PATH;
    }

    @Override
    public void define(Service service) {
        service.get(VCARD_PATH, this::export);
        service.post(VCARD_PATH, this::importVCard);
        service.put(VCARD_PATH, this::importVCard);
    }

    private Object export(Request request, Response response) {
        SystemMethodContext context = contextOf(request);
        try {
            VCardExport export = exporter.export(request.params("bookId"), context);
            response.type("text/vcard; charset=utf-8");
            response.header("Content-Disposition", "attachment; filename=\"" + request.params("bookId") + ".vcf\"");
            if (!export.skipped().isEmpty()) {
                // the file holds every other card: the operator learns which ones are missing and why
                response.header(SKIPPED_HEADER, String.join(",", export.skipped().stream().map(VCardExport.SkippedCard::id).toList()));
                export.skipped().forEach(skip -> LOGGER.warn("vCard export of card {} (uid {}) skipped: {}", skip.id(), skip.uid(), skip.reason()));
            }
            return export.vcf();
        } catch (AddressBookNotFoundException e) {
            throw notFound(e.getMessage());
        }
    }

    private Object importVCard(Request request, Response response) {
        SystemMethodContext context = contextOf(request);
        if (request.contentLength() > MAX_IMPORT_BYTES) {
            throw tooLarge(request.contentLength());
        }
        byte[] body = request.bodyAsBytes();
        if (body.length > MAX_IMPORT_BYTES) {
            throw tooLarge(body.length);
        }
        try {
            ImportReport report = importer.importInto(body, request.params("bookId"), context);
            response.type("application/json");
            return report.toJson().toString();
        } catch (AddressBookNotFoundException e) {
            throw notFound(e.getMessage());
        } catch (VCardFormatException e) {
            throw ErrorResponder.builder().statusCode(400).type(ErrorType.INVALID_ARGUMENT)
                .message("Malformed vCard file: " + e.getMessage()).haltError();
        }
    }

    private SystemMethodContext contextOf(Request request) {
        String user = request.params("user");
        try {
            if (!users.contains(Username.of(user))) {
                throw notFound("user " + user + " not found");
            }
        } catch (UsersRepositoryException | IllegalArgumentException e) {
            throw ErrorResponder.builder().statusCode(400).type(ErrorType.INVALID_ARGUMENT)
                .message("Invalid user " + user).cause(e).haltError();
        }
        return new SystemMethodContext(user, AccountIds.of(user));
    }

    private static spark.HaltException notFound(String message) {
        return ErrorResponder.builder().statusCode(404).type(ErrorType.NOT_FOUND).message(message).haltError();
    }

    private static spark.HaltException tooLarge(long bytes) {
        return ErrorResponder.builder().statusCode(413).type(ErrorType.INVALID_ARGUMENT)
            .message("The vCard file is " + bytes + " bytes, more than the maximum of " + MAX_IMPORT_BYTES).haltError();
    }
}
