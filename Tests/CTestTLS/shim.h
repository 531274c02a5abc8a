#ifndef MXKEYS_CTESTTLS_SHIM_H
#define MXKEYS_CTESTTLS_SHIM_H
// OpenSSL's libssl for the tests' loopback server only (Tests/TestSupport), so that the fetching side
// can be tested over real TLS on 127.0.0.1. Nothing that ships links it.
#include <openssl/ssl.h>
#include <openssl/err.h>

/// A server context with this certificate chain and key (PEM files); NULL on failure.
static inline SSL_CTX *mxkeys_tls_server(const char *chain, const char *key) {
    SSL_CTX *ctx = SSL_CTX_new(TLS_server_method());
    if (ctx == NULL) return NULL;
    if (SSL_CTX_use_certificate_chain_file(ctx, chain) != 1 || SSL_CTX_use_PrivateKey_file(ctx, key, SSL_FILETYPE_PEM) != 1) {
        SSL_CTX_free(ctx);
        return NULL;
    }
    return ctx;
}

/// The server side of one accepted connection, handshake done; NULL when the handshake failed.
static inline SSL *mxkeys_tls_accept(SSL_CTX *ctx, int fd) {
    SSL *ssl = SSL_new(ctx);
    if (ssl == NULL) return NULL;
    SSL_set_fd(ssl, fd);
    if (SSL_accept(ssl) != 1) { SSL_free(ssl); return NULL; }
    return ssl;
}

static inline int mxkeys_tls_read(SSL *ssl, void *buffer, int length) { return SSL_read(ssl, buffer, length); }
static inline int mxkeys_tls_write(SSL *ssl, const void *buffer, int length) { return SSL_write(ssl, buffer, length); }
static inline void mxkeys_tls_free(SSL *ssl) { SSL_free(ssl); }
static inline void mxkeys_tls_context_free(SSL_CTX *ctx) { SSL_CTX_free(ctx); }
#endif
