package org.jmapx.benchmarks.contacts;

import java.util.Locale;
import java.util.UUID;

/**
 * The varied JSContact cards of the contacts benchmark (issue 4): accented given names and surnames,
 * 1-3 emails, 2 phones, 1-2 addresses, an organization with a unit, a title, a note and keywords;
 * every 50th card is a group whose 5 members are the uids of the 5 cards before it.
 */
final class ContactCards {
    static final String[] GIVEN = {"Émile", "Zoë", "José", "Ann", "Björn", "Chloé", "Łukasz", "Noël", "Renée", "Sørina",
        "François", "Íñigo", "Ångström", "Dörte", "Çelik", "Jürgen", "Małgorzata", "Thérèse", "Øyvind", "Agnès"};
    static final String[] SURNAMES = {"Müller", "Dupont", "García", "Smith", "Ørsted", "Nguyễn", "Kowalski", "Doe",
        "Lefèvre", "Sánchez", "Håkansson", "Öztürk", "Dvořák", "Østergaard", "Brontë", "Čapek", "Peña", "Żółć", "Martin",
        "Bernard", "Weiß", "O'Brien", "Janssens", "Rossi", "Fernández", "Lindqvist", "Jovanović", "Horváth", "Łęcki", "Séguin"};
    private static final String[] CITIES = {"Paris", "Zürich", "København", "Kraków", "São Paulo", "Reykjavík", "Montréal", "Springfield"};

    private ContactCards() {
    }

    static String uid(long seed, int i) {
        return "urn:uuid:" + new UUID(seed, i);
    }

    /** The JSON of card {@code i} (no "id", no "addressBookIds": the default book is used). */
    static String card(long seed, int i) {
        StringBuilder json = new StringBuilder(1200);
        json.append("{\"@type\":\"Card\",\"version\":\"1.0\",\"uid\":\"").append(uid(seed, i)).append('"');
        if (i % 50 == 49) {
            json.append(",\"kind\":\"group\",\"name\":{\"full\":\"Group ").append(i).append("\"},\"members\":{");
            for (int m = 1; m <= 5; m++) {
                json.append(m > 1 ? "," : "").append('"').append(uid(seed, i - m)).append("\":true");
            }
            return json.append("}}").toString();
        }
        String given = GIVEN[i % GIVEN.length];
        String surname = SURNAMES[(i / GIVEN.length) % SURNAMES.length];
        String login = ascii(given) + "." + ascii(surname) + "." + i;
        json.append(",\"kind\":\"individual\",\"name\":{\"components\":[{\"kind\":\"given\",\"value\":\"").append(given)
            .append("\"},{\"kind\":\"surname\",\"value\":\"").append(surname).append("\"}],\"isOrdered\":true,\"defaultSeparator\":\" \"}");
        json.append(",\"emails\":{");
        for (int e = 0; e <= i % 3; e++) {
            json.append(e > 0 ? "," : "").append("\"e").append(e).append("\":{\"@type\":\"EmailAddress\",\"address\":\"")
                .append(login).append('@').append(e == 0 ? "example.com" : "mail" + e + ".example.org")
                .append("\",\"contexts\":{\"").append(e == 0 ? "work" : "private").append("\":true}")
                .append(e == 0 ? ",\"pref\":1" : "").append('}');
        }
        json.append("},\"phones\":{\"p1\":{\"number\":\"+33 6 12 34 ")
            .append(String.format(Locale.ROOT, "%02d %02d", i % 100, (i / 100) % 100))
            .append("\",\"features\":{\"mobile\":true},\"contexts\":{\"private\":true}},")
            .append("\"p2\":{\"number\":\"+1 555 01").append(String.format(Locale.ROOT, "%02d", i % 100))
            .append("\",\"features\":{\"voice\":true},\"contexts\":{\"work\":true}}}");
        String city = CITIES[i % CITIES.length];
        json.append(",\"addresses\":{\"a1\":{\"components\":[{\"kind\":\"number\",\"value\":\"").append(i % 200 + 1)
            .append("\"},{\"kind\":\"name\",\"value\":\"rue de la Paix\"},{\"kind\":\"locality\",\"value\":\"").append(city)
            .append("\"},{\"kind\":\"postcode\",\"value\":\"75002\"},{\"kind\":\"country\",\"value\":\"France\"}],")
            .append("\"countryCode\":\"FR\",\"contexts\":{\"private\":true}}");
        if (i % 2 == 0) {
            json.append(",\"a2\":{\"components\":[{\"kind\":\"number\",\"value\":\"1\"},{\"kind\":\"name\",\"value\":\"Main St\"},")
                .append("{\"kind\":\"locality\",\"value\":\"Springfield\"},{\"kind\":\"region\",\"value\":\"IL\"},")
                .append("{\"kind\":\"postcode\",\"value\":\"62701\"}],\"countryCode\":\"US\",\"contexts\":{\"work\":true}}");
        }
        json.append("},\"organizations\":{\"o1\":{\"name\":\"Acmé ").append(i % 40)
            .append("\",\"units\":[{\"name\":\"Recherche\"}]}},\"titles\":{\"t1\":{\"name\":\"Ingénieur\",\"organizationId\":\"o1\"}}")
            .append(",\"notes\":{\"n1\":{\"note\":\"Met at the conférence, table ").append(i).append("\"}}")
            .append(",\"keywords\":{\"friends\":true").append(i % 3 == 0 ? ",\"work\":true" : "").append("}}");
        return json.toString();
    }

    private static String ascii(String value) {
        return java.text.Normalizer.normalize(value, java.text.Normalizer.Form.NFD).replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
    }
}
