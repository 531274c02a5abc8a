#ifndef MXKEYS_CSODIUM_SHIM_H
#define MXKEYS_CSODIUM_SHIM_H
#include <sodium.h>
#endif
