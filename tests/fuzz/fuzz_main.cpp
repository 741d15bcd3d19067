// libFuzzer entry point; TKG_FUZZ_TARGET names the target function (fuzz_targets.hpp).
#include "fuzz_targets.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return tkg::fuzz::TKG_FUZZ_TARGET(data, size);
}
