#ifndef MXKEYS_CZLIB_SHIM_H
#define MXKEYS_CZLIB_SHIM_H
#include <zlib.h>
#endif
