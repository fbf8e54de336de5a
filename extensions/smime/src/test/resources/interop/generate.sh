#!/bin/sh
# Regenerates the S/MIME interop corpus with the openssl command-line tool only: no JMAPX or
# Bouncy Castle code takes part, so the tests that read these files check JMAPX against another
# implementation. The shell only writes the MIME wrapper text that openssl does not (NSS- and
# Outlook-shaped layouts) and prepends RFC 5322 header fields; every signature, digest and
# ciphertext is made by openssl. Each verdict in MANIFEST.tsv is openssl's own (smime/cms -verify,
# cms -decrypt). Usage: ./generate.sh (needs openssl 3.x; the tests do not need openssl).
set -eu
cd "$(dirname "$0")"
DAYS=36500
rm -rf pki messages work
mkdir -p pki messages work

crlf() { sed 's/\r$//; s/$/\r/'; }

# --- PKI -----------------------------------------------------------------------------------------
ca() { # name subject
    openssl req -x509 -newkey rsa:2048 -nodes -sha256 -days $DAYS -keyout "pki/$1.key" -out "pki/$1.crt" \
        -subj "$2" -addext "basicConstraints=critical,CA:TRUE" -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
}
leaf() { # name ca newkey-spec email serial key-usage
    openssl req -new -newkey "$3" -nodes -keyout "pki/$1.key" -out "work/$1.csr" -subj "/CN=$1/emailAddress=$4" 2>/dev/null
    printf 'basicConstraints=CA:FALSE\nkeyUsage=critical,%s\nextendedKeyUsage=emailProtection\nsubjectAltName=email:%s\nsubjectKeyIdentifier=hash\nauthorityKeyIdentifier=keyid\n' "$6" "$4" > "work/$1.ext"
    openssl x509 -req -in "work/$1.csr" -CA "pki/$2.crt" -CAkey "pki/$2.key" -set_serial "$5" -days $DAYS -sha256 \
        -extfile "work/$1.ext" -out "pki/$1.crt" 2>/dev/null
}
openssl genpkey -algorithm EC -pkeyopt ec_paramgen_curve:P-256 -out work/p256.pem 2>/dev/null
openssl ecparam -name prime256v1 -out work/p256.param
ca ca "/CN=JMAPX interop test CA/O=JMAPX tests"
ca untrusted-ca "/CN=Untrusted interop CA/O=Elsewhere"
leaf rsa-signer ca rsa:2048 alice@interop.example 11 digitalSignature,nonRepudiation,keyEncipherment
leaf pss-signer ca rsa:2048 pat@interop.example 12 digitalSignature,nonRepudiation
leaf ec-signer ca ec:work/p256.param erin@interop.example 13 digitalSignature,nonRepudiation
leaf untrusted-signer untrusted-ca rsa:2048 alice@interop.example 14 digitalSignature,nonRepudiation
leaf rsa-recipient ca rsa:2048 bob@interop.example 21 keyEncipherment,digitalSignature
leaf ec-recipient ca ec:work/p256.param carol@interop.example 22 keyAgreement,digitalSignature

# --- helpers -------------------------------------------------------------------------------------
headers() { # from subject -> RFC 5322 fields (CRLF) on stdout
    printf 'From: %s\r\nTo: bob@interop.example\r\nSubject: %s\r\nDate: Tue, 1 Dec 2026 10:00:00 +0000\r\nMessage-ID: <%s@interop.example>\r\n' "$1" "$2" "$(printf %s "$2" | tr 'A-Z ' 'a-z-' | tr -cd 'a-z0-9.-')"
}
# openssl writes the MIME wrapper itself; stdin: the entity to sign
openssl_signed() { # out tool(smime|cms) signer from subject extra-options...
    out=$1 tool=$2 signer=$3 from=$4 subject=$5; shift 5
    cat > work/in.eml
    { headers "$from" "$subject"; openssl "$tool" -sign -in work/in.eml -signer "pki/$signer.crt" -inkey "pki/$signer.key" -crlfeol "$@"; } > "messages/$out"
}
# a detached DER signature by openssl over exactly the entity bytes (already canonical CRLF)
detached_der() { # entity signer md extra-options...
    entity=$1 signer=$2 md=$3; shift 3
    openssl cms -sign -binary -in "$entity" -signer "pki/$signer.crt" -inkey "pki/$signer.key" -md "$md" -outform DER -out work/sig.der "$@"
}
b64() { openssl base64 -in "$1" | crlf; }

# NSS (Thunderbird) layout: preamble, "------------ms..." boundary, smime.p7s with a description
nss_signed() { # out entity signer md micalg from subject
    detached_der "$2" "$3" "$4"
    boundary="------------ms0${4#sha}0906050307030701080402"
    {
        headers "$6" "$7"
        printf 'User-Agent: Mozilla Thunderbird\r\nMIME-Version: 1.0\r\nContent-Language: en-US\r\n'
        printf 'Content-Type: multipart/signed; protocol="application/pkcs7-signature";\r\n micalg=%s; boundary="%s"\r\n\r\n' "$5" "$boundary"
        printf 'This is a cryptographically signed message in MIME format.\r\n\r\n--%s\r\n' "$boundary"
        cat "$2"
        printf '\r\n--%s\r\nContent-Type: application/pkcs7-signature; name="smime.p7s"\r\n' "$boundary"
        printf 'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment; filename="smime.p7s"\r\n'
        printf 'Content-Description: S/MIME Cryptographic Signature\r\n\r\n'
        b64 work/sig.der
        printf '\r\n--%s--\r\n\r\n' "$boundary"
    } > "messages/$1"
}

# Outlook layout: application/x-pkcs7-signature, "----=_NextPart_" boundary, SHA1 micalg in capitals
outlook_signed() { # out entity signer md micalg from subject
    detached_der "$2" "$3" "$4"
    boundary="----=_NextPart_000_0007_01DB4B2C.5E7A1F20"
    {
        headers "$6" "$7"
        printf 'MIME-Version: 1.0\r\nX-Mailer: Microsoft Outlook 16.0\r\n'
        printf 'Content-Type: multipart/signed;\r\n\tprotocol="application/x-pkcs7-signature";\r\n\tmicalg=%s;\r\n\tboundary="%s"\r\n\r\n' "$5" "$boundary"
        printf 'This is a multipart message in MIME format.\r\n\r\n--%s\r\n' "$boundary"
        cat "$2"
        printf '\r\n--%s\r\nContent-Type: application/x-pkcs7-signature;\r\n\tname="smime.p7s"\r\n' "$boundary"
        printf 'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n\tfilename="smime.p7s"\r\n\r\n'
        b64 work/sig.der
        printf '\r\n--%s--\r\n' "$boundary"
    } > "messages/$1"
}

# --- entities that get signed ----------------------------------------------------------------------
# NSS's format=flowed quoted-printable: trailing spaces (flowed soft breaks) encoded as =20, "=" soft
# line breaks, UTF-8 as =XX, a "-- " signature separator; Content-Language like Thunderbird writes
crlf > work/qp-flowed.eml <<'ENTITY'
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Language: en-US
Content-Transfer-Encoding: quoted-printable

Hi Bob,=20

this is a long paragraph written in Thunderbird that wraps with format=3Dflowed=20
so that every line but the last ends with a space, and the quoted-printable=20
encoder turns some of those spaces into =3D20 while keeping others as they =
are. Caf=C3=A9, na=C3=AFve, =E2=82=AC 10.=20

> quoted text stays quoted
>=20

--=20
Alice
ENTITY

crlf > work/7bit.eml <<'ENTITY'
Content-Type: text/plain; charset=us-ascii
Content-Transfer-Encoding: 7bit

Plain 7bit text signed by openssl smime with SHA-1.
Trailing spaces stay:   
ENTITY

crlf > work/base64.eml <<'ENTITY'
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: base64

SGVsbG8gQm9iLCB0aGlzIGJvZHkgaXMgYmFzZTY0IGVuY29kZWQgYW5kIHNpZ25lZCB3aXRoIFNI
QS0zODQuIENhZsOpLgo=
ENTITY

crlf > work/8bit.eml <<'ENTITY'
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: 8bit

Grüße aus Köln: 8bit UTF-8 text signed with ECDSA P-256.
ENTITY

crlf > work/mixed.eml <<'ENTITY'
Content-Type: multipart/mixed;
 boundary="------------mixed5A3C0B2E1F"

This is a multi-part message in MIME format.
--------------mixed5A3C0B2E1F
Content-Type: text/plain; charset=UTF-8; format=flowed
Content-Transfer-Encoding: 7bit

The report is attached.

--------------mixed5A3C0B2E1F
Content-Type: application/octet-stream; name="report.bin"
Content-Disposition: attachment; filename="report.bin"
Content-Transfer-Encoding: base64

AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8gISIjJCUmJygpKissLS4vMDEyMzQ1
Njc4OTo7PD0+P0BBQkNERUZHSElKS0xNTk9QUVJTVFVWV1hZWltcXV5fYGFiY2RlZmdoaWpr
bG1ub3BxcnN0dXZ3eHl6e3x9fn8=

--------------mixed5A3C0B2E1F--
ENTITY

crlf > work/outlook.eml <<'ENTITY'
Content-Type: text/plain;
	charset="us-ascii"
Content-Transfer-Encoding: 7bit

Signed the Outlook way.
ENTITY

# --- signed messages -------------------------------------------------------------------------------
nss_signed nss-qp-flowed-sha256.eml work/qp-flowed.eml rsa-signer sha256 sha-256 alice@interop.example "NSS QP flowed SHA-256"
nss_signed nss-qp-flowed-sha512.eml work/qp-flowed.eml rsa-signer sha512 sha-512 alice@interop.example "NSS QP flowed SHA-512"
nss_signed nss-mixed-attachment-sha256.eml work/mixed.eml rsa-signer sha256 sha-256 alice@interop.example "NSS mixed with attachment"
# as an MTA that stores bare LF line endings keeps it
tr -d '\r' < messages/nss-qp-flowed-sha256.eml > messages/nss-qp-flowed-sha256-lf.eml
openssl_signed smime-7bit-sha1.eml smime rsa-signer alice@interop.example "smime 7bit SHA-1" -md sha1 < work/7bit.eml
openssl_signed smime-base64-sha384.eml smime rsa-signer alice@interop.example "smime base64 SHA-384" -md sha384 < work/base64.eml
openssl_signed cms-8bit-ecdsa-sha256.eml cms ec-signer erin@interop.example "cms 8bit ECDSA SHA-256" -md sha256 < work/8bit.eml
openssl_signed cms-qp-rsapss-sha256.eml cms pss-signer pat@interop.example "cms QP RSA-PSS SHA-256" -md sha256 -keyopt rsa_padding_mode:pss < work/qp-flowed.eml
openssl_signed smime-opaque-sha256.eml smime rsa-signer alice@interop.example "smime opaque SHA-256" -md sha256 -nodetach < work/7bit.eml
openssl_signed cms-opaque-ecdsa-sha512.eml cms ec-signer erin@interop.example "cms opaque ECDSA SHA-512" -md sha512 -nodetach < work/8bit.eml
outlook_signed outlook-x-pkcs7-signature-sha1.eml work/outlook.eml rsa-signer sha1 SHA1 alice@interop.example "Outlook x-pkcs7-signature"
# Outlook's opaque form: application/x-pkcs7-mime with smime-type, base64 of openssl's DER signed-data
openssl cms -sign -nodetach -binary -in work/outlook.eml -signer pki/rsa-signer.crt -inkey pki/rsa-signer.key -md sha256 -outform DER -out work/opaque.der
{
    headers alice@interop.example "Outlook x-pkcs7-mime"
    printf 'MIME-Version: 1.0\r\nContent-Type: application/x-pkcs7-mime;\r\n\tsmime-type=signed-data;\r\n\tname="smime.p7m"\r\n'
    printf 'Content-Transfer-Encoding: base64\r\nContent-Disposition: attachment;\r\n\tfilename="smime.p7m"\r\n\r\n'
    b64 work/opaque.der
} > messages/outlook-x-pkcs7-mime-opaque-sha256.eml
# tampered after signing: one quoted-printable character of the signed body changed
sed 's/Caf=C3=A9/Caf=C3=A8/' messages/nss-qp-flowed-sha256.eml > messages/tampered-nss-qp-flowed-sha256.eml
nss_signed untrusted-ca-sha256.eml work/qp-flowed.eml untrusted-signer sha256 sha-256 alice@interop.example "untrusted CA"

# --- encrypted messages ----------------------------------------------------------------------------
crlf > work/secret.eml <<'ENTITY'
Content-Type: text/plain; charset=utf-8
Content-Transfer-Encoding: quoted-printable

The secret is 42. Gr=C3=BC=C3=9Fe.
ENTITY
# sign-then-encrypt (RFC 8551 3.7): a detached signature inside the envelope
openssl smime -sign -in work/secret.eml -signer pki/rsa-signer.crt -inkey pki/rsa-signer.key -md sha256 -crlfeol > work/signed-secret.eml
encrypted() { # out cipher recipient entity
    { headers alice@interop.example "$1"; openssl cms -encrypt -in "$4" "-$2" -crlfeol "pki/$3.crt"; } > "messages/$1"
}
encrypted enc-aes128cbc-rsa.eml aes-128-cbc rsa-recipient work/secret.eml
encrypted enc-aes256cbc-rsa.eml aes-256-cbc rsa-recipient work/secret.eml
encrypted enc-aes256gcm-rsa.eml aes-256-gcm rsa-recipient work/secret.eml
encrypted enc-aes128cbc-ecdh.eml aes-128-cbc ec-recipient work/secret.eml
encrypted enc-aes256gcm-ecdh.eml aes-256-gcm ec-recipient work/secret.eml
encrypted enc-signed-aes256cbc-rsa.eml aes-256-cbc rsa-recipient work/signed-secret.eml

# --- openssl's verdicts ----------------------------------------------------------------------------
{
    printf '# message\topenssl verdict\tcommand\n'
    for m in messages/*.eml; do
        name=$(basename "$m")
        case $name in
        enc-*)
            recipient=rsa-recipient; case $name in *ecdh*) recipient=ec-recipient;; esac
            if openssl cms -decrypt -in "$m" -recip "pki/$recipient.crt" -inkey "pki/$recipient.key" -out work/plain.eml 2>/dev/null; then
                verdict="decrypted"
            else
                verdict="decryption failed"
            fi
            printf '%s\t%s\topenssl cms -decrypt -recip pki/%s.crt -inkey pki/%s.key\n' "$name" "$verdict" "$recipient" "$recipient"
            ;;
        *)
            if openssl cms -verify -in "$m" -CAfile pki/ca.crt -out /dev/null 2>work/err; then
                verdict="verified"
            else
                verdict="failed: $(grep -o 'error:[^:]*:[^:]*:[^:]*:[^:]*' work/err | head -1 | cut -d: -f5)"
            fi
            printf '%s\t%s\topenssl cms -verify -CAfile pki/ca.crt\n' "$name" "$verdict"
            ;;
        esac
    done
} > MANIFEST.tsv
rm -rf work pki/*.srl
cat MANIFEST.tsv
