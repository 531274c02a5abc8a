#ifndef MXKEYS_CPROCESS_SHIM_H
#define MXKEYS_CPROCESS_SHIM_H
// prctl(2) is variadic, which Swift cannot call: this fixed-argument wrapper can be.
#include <sys/prctl.h>
// mallopt(3), which Glibc's Swift module leaves out.
#include <malloc.h>

/// PR_SET_DUMPABLE: 0 makes the process non-dumpable (no core file, no ptrace by the same user).
static inline int mxkeys_set_dumpable(int value) { return prctl(PR_SET_DUMPABLE, value, 0, 0, 0); }
#endif
