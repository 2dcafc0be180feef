#include "app/ui/widget_registry.hpp"

#include <imgui.h>
#include <imgui_internal.h>

#include <cstdio>

namespace hw {
namespace {

void AppendJsonString(std::string& out, std::string_view s) {
  out += '"';
  for (const char ch : s) {
    const auto c = static_cast<unsigned char>(ch);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += ch;
    } else if (c < 0x20) {
      char buf[8];
      std::snprintf(buf, sizeof buf, "\\u%04x", c);
      out += buf;
    } else {
      out += ch;
    }
  }
  out += '"';
}

}  // namespace

void WidgetRegistry::Attach(ImGuiContext* context) {
  context->TestEngine = this;
  context->TestEngineHookItems = true;
}

void WidgetRegistry::EndFrame() {
  last_.swap(recording_);
  recording_.clear();
}

void WidgetRegistry::Record(std::string_view fullLabel, float x0, float y0, float x1, float y1, bool focused) {
  if (fullLabel.empty() || x1 <= x0 || y1 <= y0) return;
  WidgetRect rect{};
  const std::size_t hidden = fullLabel.find("##");
  rect.label = std::string(fullLabel.substr(0, hidden));
  const std::size_t stable = fullLabel.find("###");
  rect.id = stable != std::string_view::npos ? std::string(fullLabel.substr(stable + 3)) : rect.label;
  if (rect.label.empty() && rect.id.empty()) return;
  rect.x = x0;
  rect.y = y0;
  rect.width = x1 - x0;
  rect.height = y1 - y0;
  rect.focused = focused;
  recording_.push_back(std::move(rect));
}

const WidgetRect* WidgetRegistry::Find(std::string_view idOrLabel) const {
  for (const WidgetRect& w : last_)
    if (w.id == idOrLabel) return &w;
  for (const WidgetRect& w : last_)
    if (w.label == idOrLabel) return &w;
  return nullptr;
}

std::string WidgetRegistry::ToJson() const {
  std::string out = "[";
  char numbers[96];
  for (const WidgetRect& w : last_) {
    if (out.size() > 1) out += ',';
    out += "{\"label\":";
    AppendJsonString(out, w.label);
    out += ",\"id\":";
    AppendJsonString(out, w.id);
    std::snprintf(numbers, sizeof numbers, ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f}", static_cast<double>(w.x),
                  static_cast<double>(w.y), static_cast<double>(w.width), static_cast<double>(w.height));
    out += numbers;
    if (w.focused) out.insert(out.size() - 1, ",\"focused\":true");
  }
  out += ']';
  return out;
}

void PublishLastItem(std::string_view fullLabel) {
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  auto* registry = ctx ? static_cast<WidgetRegistry*>(ctx->TestEngine) : nullptr;
  if (!registry || !ctx->CurrentWindow) return;
  ImRect r = ctx->LastItemData.Rect;
  r.ClipWith(ctx->CurrentWindow->ClipRect);
  registry->Record(fullLabel, r.Min.x, r.Min.y, r.Max.x, r.Max.y);
}

}  // namespace hw

// ImGui's test-engine hooks, declared in imgui_internal.h.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
  auto* registry = static_cast<hw::WidgetRegistry*>(ctx->TestEngine);
  if (!registry || !label || ctx->LastItemData.ID != id || !ctx->CurrentWindow) return;
  ImRect r = ctx->LastItemData.Rect;
  r.ClipWith(ctx->CurrentWindow->ClipRect);
  const bool focused = ctx->NavId == id && !ctx->NavDisableHighlight;
  registry->Record(label, r.Min.x, r.Min.y, r.Max.x, r.Max.y, focused);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
