#pragma once
// A fingerprint of what a frame draws. The browser build paints the canvas only when
// it changes, so an idle screen costs a phone almost nothing (no GPU work, no
// compositing) and leaves the browser free for its own work (such as installing an
// update of the app).
#include <cstdint>

struct ImDrawData;

namespace hw {

// Covers the display size and scale, every vertex and index, and each command's clip
// rectangle, texture and range: two frames with the same signature look the same, as
// long as no texture's pixels changed in between.
std::uint64_t DrawSignature(const ImDrawData& data);

}  // namespace hw
