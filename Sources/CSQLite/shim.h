#ifndef MXKEYS_CSQLITE_SHIM_H
#define MXKEYS_CSQLITE_SHIM_H
#include <sqlite3.h>
#endif
