#ifndef MXKEYS_CRESOLV_SHIM_H
#define MXKEYS_CRESOLV_SHIM_H
// glibc's stub resolver (libresolv): res_nquery for SRV records, and ns_initparse/ns_parserr to read
// the answer. Swift cannot use the macros of resolv.h, so the calls it needs are wrapped here.
#include <netdb.h>
#include <netinet/in.h>
#include <arpa/nameser.h>
#include <resolv.h>
#include <string.h>
#include <stdlib.h>

/// A resolver state on the heap, initialised from /etc/resolv.conf; NULL on failure. Free it with
/// mxkeys_res_close.
static inline res_state mxkeys_res_open(void) {
    res_state state = calloc(1, sizeof(struct __res_state));
    if (state == NULL) return NULL;
    if (res_ninit(state) != 0) { res_nclose(state); free(state); return NULL; }
    return state;
}

static inline void mxkeys_res_close(res_state state) {
    if (state == NULL) return;
    res_nclose(state);
    free(state);
}

/// Sets the time a query waits for one server (seconds) and the number of tries.
static inline void mxkeys_res_set_timeout(res_state state, int seconds, int attempts) {
    state->retrans = seconds;
    state->retry = attempts;
}

/// res_nquery for class IN, type SRV. Returns the answer's length, or -1 with h_errno-style code in *error.
static inline int mxkeys_res_query_srv(res_state state, const char *name, unsigned char *answer, int length, int *error) {
    int n = res_nquery(state, name, ns_c_in, ns_t_srv, answer, length);
    *error = n < 0 ? state->res_h_errno : 0;
    return n;
}

static inline int mxkeys_ns_t_srv(void) { return ns_t_srv; }
static inline int mxkeys_host_not_found(void) { return HOST_NOT_FOUND; }
static inline int mxkeys_no_data(void) { return NO_DATA; }
static inline int mxkeys_try_again(void) { return TRY_AGAIN; }
#endif
