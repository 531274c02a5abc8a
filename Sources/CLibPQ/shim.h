#ifndef MXKEYS_CLIBPQ_SHIM_H
#define MXKEYS_CLIBPQ_SHIM_H
/*
 * libpq, loaded the first time it is needed (dlopen), not when mxkeys starts: with what it brings in
 * (GSSAPI, LDAP, GnuTLS, ...) it took 3 ms of the start-up of every command, and only the commands that
 * read a PostgreSQL database use it. The header's declarations of the functions used here are renamed
 * out of the way, and functions of the same names call into the loaded library. mxk_libpq_load() must
 * have returned NULL before any of them is called.
 */
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>
#include <stdio.h>

#define PQconnectdbParams mxk_declared_PQconnectdbParams
#define PQfinish mxk_declared_PQfinish
#define PQconndefaults mxk_declared_PQconndefaults
#define PQconninfoParse mxk_declared_PQconninfoParse
#define PQconninfoFree mxk_declared_PQconninfoFree
#define PQdb mxk_declared_PQdb
#define PQuser mxk_declared_PQuser
#define PQhost mxk_declared_PQhost
#define PQport mxk_declared_PQport
#define PQstatus mxk_declared_PQstatus
#define PQtransactionStatus mxk_declared_PQtransactionStatus
#define PQerrorMessage mxk_declared_PQerrorMessage
#define PQexec mxk_declared_PQexec
#define PQexecParams mxk_declared_PQexecParams
#define PQgetResult mxk_declared_PQgetResult
#define PQresultStatus mxk_declared_PQresultStatus
#define PQresultErrorMessage mxk_declared_PQresultErrorMessage
#define PQntuples mxk_declared_PQntuples
#define PQgetvalue mxk_declared_PQgetvalue
#define PQgetlength mxk_declared_PQgetlength
#define PQgetisnull mxk_declared_PQgetisnull
#define PQclear mxk_declared_PQclear
#define PQfreemem mxk_declared_PQfreemem
#include <postgresql/libpq-fe.h>
#undef PQconnectdbParams
#undef PQfinish
#undef PQconndefaults
#undef PQconninfoParse
#undef PQconninfoFree
#undef PQdb
#undef PQuser
#undef PQhost
#undef PQport
#undef PQstatus
#undef PQtransactionStatus
#undef PQerrorMessage
#undef PQexec
#undef PQexecParams
#undef PQgetResult
#undef PQresultStatus
#undef PQresultErrorMessage
#undef PQntuples
#undef PQgetvalue
#undef PQgetlength
#undef PQgetisnull
#undef PQclear
#undef PQfreemem

/* The functions used: X(return type, name, parameters, arguments) for those that return a value,
   V(name, parameters, arguments) for those that do not. */
#define MXK_LIBPQ_FUNCTIONS(X, V) \
    X(PGconn *, PQconnectdbParams, (const char *const *keywords, const char *const *values, int expand_dbname), (keywords, values, expand_dbname)) \
    V(PQfinish, (PGconn *conn), (conn)) \
    X(PQconninfoOption *, PQconndefaults, (void), ()) \
    X(PQconninfoOption *, PQconninfoParse, (const char *conninfo, char **errmsg), (conninfo, errmsg)) \
    V(PQconninfoFree, (PQconninfoOption *options), (options)) \
    X(char *, PQdb, (const PGconn *conn), (conn)) \
    X(char *, PQuser, (const PGconn *conn), (conn)) \
    X(char *, PQhost, (const PGconn *conn), (conn)) \
    X(char *, PQport, (const PGconn *conn), (conn)) \
    X(ConnStatusType, PQstatus, (const PGconn *conn), (conn)) \
    X(PGTransactionStatusType, PQtransactionStatus, (const PGconn *conn), (conn)) \
    X(char *, PQerrorMessage, (const PGconn *conn), (conn)) \
    X(PGresult *, PQexec, (PGconn *conn, const char *query), (conn, query)) \
    X(PGresult *, PQexecParams, (PGconn *conn, const char *command, int nParams, const Oid *paramTypes, \
        const char *const *paramValues, const int *paramLengths, const int *paramFormats, int resultFormat), \
        (conn, command, nParams, paramTypes, paramValues, paramLengths, paramFormats, resultFormat)) \
    X(PGresult *, PQgetResult, (PGconn *conn), (conn)) \
    X(ExecStatusType, PQresultStatus, (const PGresult *res), (res)) \
    X(char *, PQresultErrorMessage, (const PGresult *res), (res)) \
    X(int, PQntuples, (const PGresult *res), (res)) \
    X(char *, PQgetvalue, (const PGresult *res, int row, int column), (res, row, column)) \
    X(int, PQgetlength, (const PGresult *res, int row, int column), (res, row, column)) \
    X(int, PQgetisnull, (const PGresult *res, int row, int column), (res, row, column)) \
    V(PQclear, (PGresult *res), (res)) \
    V(PQfreemem, (void *ptr), (ptr))

#define MXK_LIBPQ_FIELD(ret, name, params, args) ret (*name) params;
#define MXK_LIBPQ_VOID_FIELD(name, params, args) void (*name) params;
struct mxk_libpq {
    MXK_LIBPQ_FUNCTIONS(MXK_LIBPQ_FIELD, MXK_LIBPQ_VOID_FIELD)
    /* Why the library could not be loaded; NULL when it was. */
    const char *error;
};
#undef MXK_LIBPQ_FIELD
#undef MXK_LIBPQ_VOID_FIELD

/* The state lives in function-local statics: what Swift imports from a header is its functions. */
static inline struct mxk_libpq *mxk_libpq_state(void) {
    static struct mxk_libpq table;
    return &table;
}

static inline pthread_once_t *mxk_libpq_once(void) {
    static pthread_once_t once = PTHREAD_ONCE_INIT;
    return &once;
}

static inline void mxk_libpq_open(void) {
    void *handle = dlopen("libpq.so.5", RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        static char message[512];
        const char *why = dlerror();
        snprintf(message, sizeof message, "%s", why != NULL ? why : "libpq.so.5 cannot be loaded");
        mxk_libpq_state()->error = message;
        return;
    }
#define MXK_LIBPQ_BIND(ret, name, params, args) \
    if ((mxk_libpq_state()->name = (ret (*) params)dlsym(handle, #name)) == NULL) { mxk_libpq_state()->error = "libpq.so.5 has no " #name; return; }
#define MXK_LIBPQ_VOID_BIND(name, params, args) \
    if ((mxk_libpq_state()->name = (void (*) params)dlsym(handle, #name)) == NULL) { mxk_libpq_state()->error = "libpq.so.5 has no " #name; return; }
    MXK_LIBPQ_FUNCTIONS(MXK_LIBPQ_BIND, MXK_LIBPQ_VOID_BIND)
#undef MXK_LIBPQ_BIND
#undef MXK_LIBPQ_VOID_BIND
}

/* Loads libpq once; NULL when it is there, else why not (dlerror's message). */
static inline const char *mxk_libpq_load(void) {
    pthread_once(mxk_libpq_once(), mxk_libpq_open);
    return mxk_libpq_state()->error;
}

#define MXK_LIBPQ_CALL(ret, name, params, args) \
    static inline ret name params { mxk_libpq_load(); return mxk_libpq_state()->name args; }
#define MXK_LIBPQ_VOID_CALL(name, params, args) \
    static inline void name params { mxk_libpq_load(); mxk_libpq_state()->name args; }
MXK_LIBPQ_FUNCTIONS(MXK_LIBPQ_CALL, MXK_LIBPQ_VOID_CALL)
#undef MXK_LIBPQ_CALL
#undef MXK_LIBPQ_VOID_CALL

#endif
