#include "app/ui/draw_signature.hpp"

#include <imgui.h>

#include <cstring>

namespace hw {
namespace {

// A multiply-xor mix over 8-byte words: fast enough to run on every frame's vertices.
class Mixer {
 public:
  void Add(const void* bytes, std::size_t size) {
    const auto* p = static_cast<const unsigned char*>(bytes);
    for (; size >= 8; p += 8, size -= 8) {
      std::uint64_t word = 0;
      std::memcpy(&word, p, 8);
      Word(word);
    }
    std::uint64_t tail = size;  // the tail's length is mixed in too
    std::memcpy(&tail, p, size);
    Word(tail ^ (static_cast<std::uint64_t>(size) << 56));
  }
  template <typename T>
  void Add(const T& value) {
    Add(&value, sizeof value);
  }
  std::uint64_t Value() const { return hash_; }

 private:
  void Word(std::uint64_t word) {
    hash_ = (hash_ ^ word) * 0x9E3779B97F4A7C15ull;
    hash_ ^= hash_ >> 29;
  }
  std::uint64_t hash_ = 0xCBF29CE484222325ull;
};

}  // namespace

std::uint64_t DrawSignature(const ImDrawData& data) {
  Mixer mix;
  mix.Add(data.DisplayPos);
  mix.Add(data.DisplaySize);
  mix.Add(data.FramebufferScale);
  mix.Add(data.CmdListsCount);
  for (const ImDrawList* list : data.CmdLists) {
    mix.Add(list->VtxBuffer.Data, static_cast<std::size_t>(list->VtxBuffer.Size) * sizeof(ImDrawVert));
    mix.Add(list->IdxBuffer.Data, static_cast<std::size_t>(list->IdxBuffer.Size) * sizeof(ImDrawIdx));
    for (const ImDrawCmd& cmd : list->CmdBuffer) {
      mix.Add(cmd.ClipRect);
      mix.Add(cmd.TextureId);
      mix.Add(cmd.VtxOffset);
      mix.Add(cmd.IdxOffset);
      mix.Add(cmd.ElemCount);
      mix.Add(cmd.UserCallback != nullptr);
    }
  }
  return mix.Value();
}

}  // namespace hw
