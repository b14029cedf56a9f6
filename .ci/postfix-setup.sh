#!/usr/bin/env bash
# Sets up a real Postfix for farvel's end-to-end mail test (SendPostfixIT), on Debian 12 as root, without systemd:
# a submission service on 127.0.0.1:10587 that requires STARTTLS (certificate from a throwaway CA made here) and
# SASL AUTH (Cyrus sasldb), delivering kunde@farvel.test to a Maildir the test reads. Safe to run again: it rebuilds
# the certificates, the password and the configuration, and starts or reloads Postfix.
#
# Writes the connection details to $FARVEL_POSTFIX_ENV (default /etc/farvel-postfix/farvel-test.env) for sourcing:
#   set -a; . /etc/farvel-postfix/farvel-test.env; set +a
set -euo pipefail

dir=/etc/farvel-postfix
env_file="${FARVEL_POSTFIX_ENV:-$dir/farvel-test.env}"
port=10587
domain=farvel.test
mail_base=/var/mail/farvel

if [ "$(id -u)" -ne 0 ]; then
  echo "postfix-setup: run as root (it installs packages and configures the system's Postfix)" >&2
  exit 1
fi

need=()
command -v postfix >/dev/null 2>&1 || need+=(postfix)
command -v saslpasswd2 >/dev/null 2>&1 || need+=(sasl2-bin)
[ -e /usr/lib/x86_64-linux-gnu/sasl2/libsasldb.so ] || [ -n "$(find /usr/lib -name 'libsasldb.so*' -print -quit)" ] \
  || need+=(libsasl2-modules-db)
[ -n "$(find /usr/lib -name 'libplain.so*' -print -quit)" ] || need+=(libsasl2-modules)
command -v openssl >/dev/null 2>&1 || need+=(openssl)
if [ ${#need[@]} -gt 0 ]; then
  echo "postfix-setup: installing ${need[*]} ..." >&2
  # Postfix asks how it is used; "No configuration" leaves main.cf to us.
  echo "postfix postfix/main_mailer_type select No configuration" | debconf-set-selections
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi

# "No configuration" installs leave main.cf out; start from Debian's defaults.
[ -f /etc/postfix/main.cf ] || cp /usr/share/postfix/main.cf.dist /etc/postfix/main.cf
[ -f /etc/postfix/master.cf ] || cp /usr/share/postfix/master.cf.dist /etc/postfix/master.cf
# Debian 12's postfix 3.7.11 ships main.cf.dist with empty paths and an empty setgid_group, which stop newaliases
# ("bad string length 0 < 1: setgid_group ="): without a value Postfix takes its built-in defaults.
sed -i -E '/^(setgid_group|sendmail_path|newaliases_path|mailq_path|html_directory|manpage_directory|sample_directory|readme_directory|debugger_command) =[[:space:]]*$/d' \
  /etc/postfix/main.cf

mkdir -p "$dir"
chmod 755 "$dir"
cd "$dir"

# A throwaway CA and a server certificate for localhost and 127.0.0.1, made anew on every run.
openssl req -x509 -newkey rsa:2048 -nodes -days 2 -subj "/CN=Farvel Test CA" \
  -keyout ca.key -out ca.pem -addext "basicConstraints=critical,CA:TRUE" \
  -addext "keyUsage=critical,keyCertSign,cRLSign" 2>/dev/null
openssl req -newkey rsa:2048 -nodes -subj "/CN=localhost" -keyout server.key -out server.csr 2>/dev/null
printf 'subjectAltName=DNS:localhost,IP:127.0.0.1\nextendedKeyUsage=serverAuth\n' > server.ext
openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial -days 2 -extfile server.ext \
  -out server.pem 2>/dev/null
chmod 600 ca.key server.key
chmod 644 ca.pem server.pem

# Cyrus SASL with its own user database; Postfix runs unchrooted here so smtpd reads /etc/sasldb2 directly.
password="$(openssl rand -hex 16)"
mkdir -p /etc/postfix/sasl
printf 'pwcheck_method: auxprop\nauxprop_plugin: sasldb\nmech_list: PLAIN LOGIN\n' > /etc/postfix/sasl/smtpd.conf
printf '%s' "$password" | saslpasswd2 -p -c -u "$domain" farvel
chown root:postfix /etc/sasldb2
chmod 640 /etc/sasldb2

# Mail for kunde@farvel.test goes to a Maildir owned by nobody.
mkdir -p "$mail_base"
chown nobody:nogroup "$mail_base"
printf 'kunde@%s %s/kunde/\n' "$domain" "$domain" > /etc/postfix/farvel-vmailbox

[ -f /etc/aliases ] || echo "postmaster: root" > /etc/aliases
newaliases

postconf -e \
  "myhostname = mail.$domain" \
  "mydestination =" \
  "inet_interfaces = loopback-only" \
  "inet_protocols = ipv4" \
  "relayhost =" \
  "compatibility_level = 3.6" \
  "maillog_file = /var/log/postfix.log" \
  "cyrus_sasl_config_path = /etc/postfix/sasl" \
  "virtual_mailbox_domains = $domain" \
  "virtual_mailbox_base = $mail_base" \
  "virtual_mailbox_maps = texthash:/etc/postfix/farvel-vmailbox" \
  "virtual_uid_maps = static:$(id -u nobody)" \
  "virtual_gid_maps = static:$(getent group nogroup | cut -d: -f3)" \
  "smtpd_tls_cert_file = $dir/server.pem" \
  "smtpd_tls_key_file = $dir/server.key" \
  "smtpd_tls_security_level = may"

# The submission service: STARTTLS first, then AUTH, then only authenticated senders may send.
postconf -M -e "127.0.0.1:$port/inet=127.0.0.1:$port inet n - n - - smtpd \
 -o syslog_name=postfix/farvel-submission \
 -o smtpd_tls_security_level=encrypt \
 -o smtpd_tls_auth_only=yes \
 -o smtpd_sasl_auth_enable=yes \
 -o smtpd_sasl_type=cyrus \
 -o smtpd_sasl_path=smtpd \
 -o smtpd_client_restrictions=permit_sasl_authenticated,reject \
 -o smtpd_relay_restrictions=permit_sasl_authenticated,reject \
 -o smtpd_recipient_restrictions=permit_sasl_authenticated,reject"
# postlogd writes maillog_file; without syslog in a container this is where Postfix's log goes.
postconf -M postlog/unix-dgram >/dev/null 2>&1 \
  || postconf -M -e "postlog/unix-dgram=postlog unix-dgram n - n - 1 postlogd"

postfix check
if postfix status >/dev/null 2>&1; then
  postfix reload >/dev/null 2>&1
else
  postfix start >/dev/null 2>&1
fi

# Wait until the service answers.
for _ in $(seq 1 50); do
  if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    break
  fi
  sleep 0.2
done
if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "postfix-setup: Postfix does not answer on 127.0.0.1:$port; see /var/log/postfix.log" >&2
  exit 1
fi

umask 077
cat > "$env_file" <<EOF
FARVEL_POSTFIX_HOST=127.0.0.1
FARVEL_POSTFIX_PORT=$port
FARVEL_POSTFIX_USER=farvel@$domain
FARVEL_POSTFIX_PASSWORD=$password
FARVEL_POSTFIX_CA=$dir/ca.pem
FARVEL_POSTFIX_TO=kunde@$domain
FARVEL_POSTFIX_MAILDIR=$mail_base/$domain/kunde
EOF
echo "$env_file"
