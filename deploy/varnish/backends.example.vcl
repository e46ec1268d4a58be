# Example backends.vcl for deploy/varnish/northgate.vcl: copy it next to northgate.vcl (or into
# varnishd's vcl_path) as backends.vcl and list your app instances. `npm run cluster` writes its
# own into a temporary folder.

backend app_1 {
    .host = "10.0.0.11";
    .port = "3000";
    .probe = app_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 60s;
}

backend app_2 {
    .host = "10.0.0.12";
    .port = "3000";
    .probe = app_health;
    .connect_timeout = 1s;
    .first_byte_timeout = 60s;
    .between_bytes_timeout = 60s;
}

# The app instances send PURGE after every change (VARNISH_PURGE_URL).
acl purgers {
    "127.0.0.1";
    "::1";
    "10.0.0.0"/24;
}

# The TLS terminator in front (hitch, nginx): only its X-Forwarded-Proto is believed.
acl tls_terminators {
    "127.0.0.1";
    "::1";
}

sub northgate_max_ttl {
    if (beresp.ttl > 10m) {
        set beresp.ttl = 10m;
    }
}

sub vcl_init {
    new app = directors.round_robin();
    app.add_backend(app_1);
    app.add_backend(app_2);
}
