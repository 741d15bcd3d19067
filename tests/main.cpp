// The one doctest main of the test suite (Debian's doctest ships no main library).
#define DOCTEST_CONFIG_IMPLEMENT_WITH_MAIN
#include <doctest/doctest.h>
