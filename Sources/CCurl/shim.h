#ifndef MXKEYS_CCURL_SHIM_H
#define MXKEYS_CCURL_SHIM_H
// libcurl (Debian's libcurl4-openssl-dev: TLS from the system's OpenSSL). curl_easy_setopt and
// curl_easy_getinfo are variadic, which Swift cannot call, so each argument type gets a wrapper here.
#include <curl/curl.h>

static inline CURLcode mxkeys_curl_set_long(CURL *curl, CURLoption option, long value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode mxkeys_curl_set_off(CURL *curl, CURLoption option, curl_off_t value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode mxkeys_curl_set_string(CURL *curl, CURLoption option, const char *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode mxkeys_curl_set_pointer(CURL *curl, CURLoption option, void *value) {
    return curl_easy_setopt(curl, option, value);
}
static inline CURLcode mxkeys_curl_set_list(CURL *curl, CURLoption option, struct curl_slist *value) {
    return curl_easy_setopt(curl, option, value);
}

typedef size_t (*mxkeys_curl_data_callback)(char *data, size_t size, size_t count, void *context);
typedef int (*mxkeys_curl_progress_callback)(void *context, curl_off_t dltotal, curl_off_t dlnow, curl_off_t ultotal, curl_off_t ulnow);

static inline CURLcode mxkeys_curl_set_write(CURL *curl, mxkeys_curl_data_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_WRITEFUNCTION, callback);
}
static inline CURLcode mxkeys_curl_set_header(CURL *curl, mxkeys_curl_data_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_HEADERFUNCTION, callback);
}
static inline CURLcode mxkeys_curl_set_progress(CURL *curl, mxkeys_curl_progress_callback callback) {
    return curl_easy_setopt(curl, CURLOPT_XFERINFOFUNCTION, callback);
}

static inline CURLcode mxkeys_curl_get_long(CURL *curl, CURLINFO info, long *value) {
    return curl_easy_getinfo(curl, info, value);
}
static inline CURLcode mxkeys_curl_get_off(CURL *curl, CURLINFO info, curl_off_t *value) {
    return curl_easy_getinfo(curl, info, value);
}
static inline CURLcode mxkeys_curl_get_string(CURL *curl, CURLINFO info, char **value) {
    return curl_easy_getinfo(curl, info, value);
}

/// curl_global_init with the default flags (a macro Swift does not import).
static inline CURLcode mxkeys_curl_global_init(void) { return curl_global_init(CURL_GLOBAL_DEFAULT); }

/// A blob option (CURLOPT_CAINFO_BLOB), copied by libcurl.
static inline CURLcode mxkeys_curl_set_blob(CURL *curl, CURLoption option, const void *data, size_t length) {
    struct curl_blob blob = { (void *)data, length, CURL_BLOB_COPY };
    return curl_easy_setopt(curl, option, &blob);
}

static inline unsigned int mxkeys_curlu_default_port(void) { return CURLU_DEFAULT_PORT; }
static inline int mxkeys_curl_error_size(void) { return CURL_ERROR_SIZE; }
#endif
