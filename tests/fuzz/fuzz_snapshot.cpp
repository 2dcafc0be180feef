// libFuzzer target: see tests/fuzz/fuzz_entries.hpp and scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (!hw::fuzz::Snapshot(std::span<const std::uint8_t>(data, size))) __builtin_trap();
  return 0;
}
