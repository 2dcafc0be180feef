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

void AppendTri(std::string& out, const char* name, Tri value) {
  if (value == Tri::None) return;
  out += ",\"";
  out += name;
  out += value == Tri::Yes ? "\":true" : "\":false";
}

}  // namespace

std::string_view RoleName(WidgetRole role) {
  switch (role) {
    case WidgetRole::Button: return "button";
    case WidgetRole::TextBox: return "textbox";
    case WidgetRole::CheckBox: return "checkbox";
    case WidgetRole::Radio: return "radio";
    case WidgetRole::Heading: return "heading";
    case WidgetRole::Text: return "text";
    case WidgetRole::Image: return "image";
    case WidgetRole::ProgressBar: return "progressbar";
    case WidgetRole::Link: return "link";
    case WidgetRole::Alert: return "alert";
  }
  return "text";
}

void WidgetRegistry::Attach(ImGuiContext* context) {
  context->TestEngine = this;
  context->TestEngineHookItems = true;
}

void WidgetRegistry::EndFrame() {
  if (recording_ != last_) ++generation_;
  last_.swap(recording_);
  recording_.clear();
}

bool WidgetRegistry::Record(std::string_view fullLabel, float x0, float y0, float x1, float y1, bool focused,
                            unsigned int itemId) {
  if (fullLabel.empty() || x1 <= x0 || y1 <= y0) return false;
  WidgetRect rect{};
  const std::size_t hidden = fullLabel.find("##");
  rect.label = std::string(fullLabel.substr(0, hidden));
  const std::size_t stable = fullLabel.find("###");
  rect.id = stable != std::string_view::npos ? std::string(fullLabel.substr(stable + 3)) : rect.label;
  if (rect.label.empty() && rect.id.empty()) return false;
  rect.x = x0;
  rect.y = y0;
  rect.width = x1 - x0;
  rect.height = y1 - y0;
  rect.focused = focused;
  rect.lang = language_;
  rect.itemId = itemId;
  // Text drawn, then published again under a stable id (Say): one widget, with that id.
  if (!recording_.empty()) {
    WidgetRect& before = recording_.back();
    if (before.id == before.label && before.label == rect.label && before.x == rect.x && before.y == rect.y &&
        before.width == rect.width && before.height == rect.height) {
      before.id = std::move(rect.id);
      before.itemId = itemId;
      return true;
    }
  }
  recording_.push_back(std::move(rect));
  return true;
}

void WidgetRegistry::DescribeLast(unsigned int itemId, const WidgetSemantics& semantics) {
  if (recording_.empty() || recording_.back().itemId != itemId) return;
  WidgetRect& w = recording_.back();
  w.role = semantics.role;
  w.checked = semantics.checked;
  w.pressed = semantics.pressed;
  w.expanded = semantics.expanded;
  w.value = semantics.value;
  w.error = semantics.error;
  w.forReaders = !semantics.hidden;
  w.disabled = w.disabled || semantics.disabled;
  if (!semantics.lang.empty()) w.lang = semantics.lang;
}

bool WidgetRegistry::QueueTap(std::string_view idOrLabel) const {
  const WidgetRect* w = Find(idOrLabel);
  if (!w || !ImGui::GetCurrentContext()) return false;
  // ImGui takes queued input one change a frame: the finger lands, then lifts; then
  // the mouse is back where it was, as the next press of the real one (which says no
  // place when it has not moved) is where the pointer is.
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 pointer = io.MousePos;
  io.AddMousePosEvent(w->x + w->width / 2, w->y + w->height / 2);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, true);
  io.AddMouseButtonEvent(ImGuiMouseButton_Left, false);
  io.AddMousePosEvent(pointer.x, pointer.y);
  return true;
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
    std::snprintf(numbers, sizeof numbers, ",\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f", static_cast<double>(w.x),
                  static_cast<double>(w.y), static_cast<double>(w.width), static_cast<double>(w.height));
    out += numbers;
    out += ",\"role\":\"";
    out += RoleName(w.role);
    out += "\",\"lang\":";
    AppendJsonString(out, w.lang);
    if (w.focused) out += ",\"focused\":true";
    if (!w.value.empty()) {
      out += ",\"value\":";
      AppendJsonString(out, w.value);
    }
    if (!w.error.empty()) {
      out += ",\"error\":";
      AppendJsonString(out, w.error);
    }
    AppendTri(out, "checked", w.checked);
    AppendTri(out, "pressed", w.pressed);
    AppendTri(out, "expanded", w.expanded);
    if (w.disabled) out += ",\"disabled\":true";
    if (!w.forReaders) out += ",\"hidden\":true";
    out += '}';
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
  registry->Record(fullLabel, r.Min.x, r.Min.y, r.Max.x, r.Max.y, false, ctx->LastItemData.ID);
}

void DescribeLastWidget(const WidgetSemantics& semantics) {
  ImGuiContext* ctx = ImGui::GetCurrentContext();
  auto* registry = ctx ? static_cast<WidgetRegistry*>(ctx->TestEngine) : nullptr;
  if (registry) registry->DescribeLast(ctx->LastItemData.ID, semantics);
}

}  // namespace hw

// ImGui's test-engine hooks, declared in imgui_internal.h.
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID, const ImRect&, const ImGuiLastItemData*) {}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext* ctx, ImGuiID id, const char* label, ImGuiItemStatusFlags flags) {
  auto* registry = static_cast<hw::WidgetRegistry*>(ctx->TestEngine);
  if (!registry || !label || ctx->LastItemData.ID != id || !ctx->CurrentWindow) return;
  ImRect r = ctx->LastItemData.Rect;
  r.ClipWith(ctx->CurrentWindow->ClipRect);
  const bool focused = ctx->NavId == id && !ctx->NavDisableHighlight;
  if (!registry->Record(label, r.Min.x, r.Min.y, r.Max.x, r.Max.y, focused, id)) return;
  // What ImGui knows of the item; the app's widgets say more (DescribeLastWidget).
  using hw::Tri;
  hw::WidgetSemantics semantics;
  if (flags & ImGuiItemStatusFlags_Inputable) semantics.role = hw::WidgetRole::TextBox;
  if (flags & ImGuiItemStatusFlags_Checkable) {
    semantics.role = hw::WidgetRole::CheckBox;
    semantics.checked = (flags & ImGuiItemStatusFlags_Checked) ? Tri::Yes : Tri::No;
  }
  if (flags & ImGuiItemStatusFlags_Openable)
    semantics.expanded = (flags & ImGuiItemStatusFlags_Opened) ? Tri::Yes : Tri::No;
  semantics.disabled = (ctx->LastItemData.InFlags & ImGuiItemFlags_Disabled) != 0;
  registry->DescribeLast(id, semantics);
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}

const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
