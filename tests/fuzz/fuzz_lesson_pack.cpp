// libFuzzer target: see tests/fuzz/fuzz_entries.hpp and scripts/fuzz.sh.
#include <cstddef>
#include <cstdint>

#include "tests/fuzz/fuzz_entries.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (!hw::fuzz::LessonPackImport(std::string_view(reinterpret_cast<const char*>(data), size))) __builtin_trap();
  return 0;
}
