#ifndef MXKEYS_CLIBPQ_SHIM_H
#define MXKEYS_CLIBPQ_SHIM_H
#include <libpq-fe.h>
#endif
