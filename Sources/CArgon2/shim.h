#ifndef MXKEYS_CARGON2_SHIM_H
#define MXKEYS_CARGON2_SHIM_H
#include <argon2.h>
#endif
