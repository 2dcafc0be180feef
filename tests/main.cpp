// The one main for every doctest binary (unit natively and as wasm, ui natively).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
