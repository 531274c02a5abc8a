#ifndef MXKEYS_COPENSSL_SHIM_H
#define MXKEYS_COPENSSL_SHIM_H
/* SHA256_Init/Update/Final: the plain hash state that HMACSHA256.Context copies. */
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/kdf.h>
#include <openssl/core_names.h>
#include <openssl/params.h>
#include <openssl/sha.h>
#include <openssl/err.h>
#endif
