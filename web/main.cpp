// The browser entry point: SDL2 and WebGL2 start-up and the main loop, calling the app
// once a frame. The only place that owns the window and the GL context.
// Frames on demand: a frame is drawn (in an animation frame of the browser) only when
// something can change the picture: an SDL event (pointer, touch, keys, text, resize,
// visibility), a call from JavaScript that delivers something (a file, a typed text,
// storage news: each exported function below wakes the loop), a change of the device
// pixel ratio, or a timer the app asked for (AppState::nextFrameIn). After a wake a
// few frames follow, and more as long as the frame asks: a screen left alone draws
// nothing at all.
#include <GLES3/gl3.h>
#include <SDL.h>
#include <emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_impl_opengl3.h>
#include <imgui_impl_sdl2.h>
#include <malloc.h>

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <string>
#include <vector>

#include "app/frame.hpp"
#include "app/persistence.hpp"
#include "app/screens/screens.hpp"
#include "app/text/text_engine.hpp"
#include "app/ui/draw_signature.hpp"
#include "app/ui/photo_textures.hpp"
#include "app/ui/theme.hpp"
#include "app/ui/widget_registry.hpp"
#include "web/web_platform.hpp"

namespace {

struct WebApp {
  SDL_Window* window = nullptr;
  SDL_GLContext gl = nullptr;
  float pixelRatio = 1.0f;
  long frames = 0;
  // What the canvas shows: painted again only when a frame would look different.
  long paints = 0;
  std::uint64_t paintedSignature = 0;
  int paintedWidth = 0, paintedHeight = 0;
  hw::AppState state;
  hw::WebPlatform platform;
  hw::WidgetRegistry widgets;
  hw::text::TextEngine text;
  GLuint atlasTexture = 0;
  double frameMs = 0;  // CPU time of the last frame's app drawing, for hw_text_stats
  double loadMs = 0;   // reading the saved state at start, for the benchmarks
  hw::Saver saver;
  // Frames on demand (see the top of this file).
  bool framePending = false;  // an animation frame was asked of the browser
  int settleFrames = 0;       // frames still to draw after the last wake
  long timer = 0;             // a timeout waking the loop for the app's timer (0: none)
  double timerAt = 0;         // when it fires (emscripten_get_now, ms)
  std::string widgetsJson;    // kept alive for the JS caller of hw_widgets_json
  std::string statsJson;
  // The accessibility tree's mirror of the widgets (web/accessibility.js), and its cost.
  std::uint64_t mirroredGeneration = ~0ull;
  std::string mirrorJson;
  long mirrorUpdates = 0;
  double mirrorLastMs = 0, mirrorTotalMs = 0, mirrorMaxMs = 0;
};

WebApp* g_app = nullptr;        // for the functions exported to JavaScript below
bool g_texturesChanged = true;  // a texture's pixels changed since the canvas was last painted

// Product photos decoded by the app (app/ui/photo_textures.hpp) become GL textures.
class GlTextures : public hw::TextureUploader {
 public:
  ImTextureID Create(const std::uint8_t* rgba, int width, int height) override {
    GLuint texture = 0;
    glGenTextures(1, &texture);
    glBindTexture(GL_TEXTURE_2D, texture);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, rgba);
    g_texturesChanged = true;
    return reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(texture));
  }
  void Destroy(ImTextureID id) override {
    const auto texture = static_cast<GLuint>(reinterpret_cast<std::intptr_t>(id));
    glDeleteTextures(1, &texture);
    g_texturesChanged = true;  // a new texture may get the same name
  }
};
GlTextures g_textures;

constexpr const char* kFontDir = "/assets/fonts";

// A URL query parameter (?lang=hi), copied into `out`; false when absent.
// JavaScript inside the macro: not C++, left as written.
// clang-format off
EM_JS(int, JsUrlParam, (const char* name, char* out, int size), {
  const value = new URLSearchParams(location.search).get(UTF8ToString(name));
  if (value === null) return 0;
  stringToUTF8(value, out, size);
  return 1;
});
// clang-format on

// Hands the widgets of the last frame to the page's accessibility tree.
// clang-format off
EM_JS(void, JsMirrorWidgets, (const char* json), {
  if (Module.mirror) Module.mirror.update(UTF8ToString(json));
});
// clang-format on

// The page's accessibility tree follows the widgets, only when they changed (role, text,
// state or place): the JSON of the widgets, then a diff in the page.
void MirrorWidgets(WebApp& app) {
  if (app.widgets.Generation() == app.mirroredGeneration) return;
  const double start = emscripten_get_now();
  app.mirroredGeneration = app.widgets.Generation();
  app.mirrorJson = app.widgets.ToJson();
  JsMirrorWidgets(app.mirrorJson.c_str());
  app.mirrorLastMs = emscripten_get_now() - start;
  app.mirrorTotalMs += app.mirrorLastMs;
  app.mirrorMaxMs = std::max(app.mirrorMaxMs, app.mirrorLastMs);
  ++app.mirrorUpdates;
}

std::string UrlParam(const char* name, bool& present) {
  char buffer[64] = {};
  present = JsUrlParam(name, buffer, sizeof buffer) != 0;
  return buffer;
}

std::vector<unsigned char> ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// The glyph atlas lives in the app's memory; its texture is ours. Only the rows that
// changed are sent each frame.
void CreateAtlasTexture(WebApp& app) {
  const hw::text::GlyphAtlas& atlas = app.text.Atlas();
  glGenTextures(1, &app.atlasTexture);
  glBindTexture(GL_TEXTURE_2D, app.atlasTexture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_S, GL_CLAMP_TO_EDGE);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_WRAP_T, GL_CLAMP_TO_EDGE);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, atlas.Width(), atlas.Height(), 0, GL_RGBA, GL_UNSIGNED_BYTE,
               atlas.Pixels().data());
  app.text.Atlas().TakeDirtyRows();
  app.text.SetAtlasTexture(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(app.atlasTexture)));
}

void UploadAtlas(WebApp& app) {
  hw::text::GlyphAtlas& atlas = app.text.Atlas();
  const hw::text::GlyphAtlas::Rows rows = atlas.TakeDirtyRows();
  if (rows.first == rows.end) return;
  g_texturesChanged = true;
  glBindTexture(GL_TEXTURE_2D, app.atlasTexture);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexSubImage2D(
      GL_TEXTURE_2D, 0, 0, rows.first, atlas.Width(), rows.end - rows.first, GL_RGBA, GL_UNSIGNED_BYTE,
      atlas.Pixels().data() + static_cast<std::size_t>(rows.first) * static_cast<std::size_t>(atlas.Width()) * 4);
}

// Fonts are rasterised at the device pixel ratio so text is sharp on HiDPI screens;
// when the ratio changes (browser zoom, another monitor) they are made again.
void UpdatePixelRatio(WebApp& app) {
  const auto ratio = static_cast<float>(emscripten_get_device_pixel_ratio());
  if (ratio == app.pixelRatio && ImGui::GetIO().Fonts->IsBuilt()) return;
  app.pixelRatio = ratio;
  hw::LoadFonts(ImGui::GetIO(), kFontDir, ratio);
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
  g_texturesChanged = true;
}

// ImGui needs a frame or two after input to settle (hover, a screen just opened):
// the frames drawn after every wake, whatever the app asks.
constexpr int kSettleFrames = 3;

EM_BOOL AnimationFrame(double, void* arg);

void AskFrame(WebApp& app) {
  if (app.framePending) return;
  app.framePending = true;
  emscripten_request_animation_frame(AnimationFrame, &app);
}

// Something happened that can change the picture: draw, and a few frames more.
void Wake(WebApp& app) {
  app.settleFrames = kSettleFrames;
  AskFrame(app);
}

void TimerFired(void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  app.timer = 0;
  Wake(app);
}

// After a frame: the next one at once while settling or asked for, a timeout for a
// timer the app set, else nothing until the next wake.
void ScheduleNext(WebApp& app) {
  const double in = app.state.nextFrameIn;
  if (app.settleFrames > 0 || in <= 0) {
    if (app.settleFrames > 0) --app.settleFrames;
    AskFrame(app);
    return;
  }
  if (in == hw::kNoFrame) return;
  const double at = emscripten_get_now() + in * 1000.0;
  if (app.timer != 0 && app.timerAt <= at) return;  // an earlier one will wake the loop
  if (app.timer != 0) emscripten_clear_timeout(app.timer);
  app.timerAt = at;
  app.timer = emscripten_set_timeout(TimerFired, in * 1000.0, &app);
}

// Every SDL event (SDL pushes them from the browser's own events) wakes the loop, but
// the marker SDL_PollEvent itself pushes on each call.
int WakeOnEvent(void* arg, SDL_Event* event) {
  if (event->type != SDL_POLLSENTINEL) Wake(*static_cast<WebApp*>(arg));
  return 0;
}

void Frame(WebApp& app) {
  SDL_Event event;
  while (SDL_PollEvent(&event)) ImGui_ImplSDL2_ProcessEvent(&event);
  UpdatePixelRatio(app);

  const auto start = std::chrono::steady_clock::now();
  hw::RunFrame(app.state, app.platform,
               {.text = app.text, .widgets = app.widgets, .pixelRatio = app.pixelRatio, .beginBackends = [] {
                  ImGui_ImplOpenGL3_NewFrame();
                  ImGui_ImplSDL2_NewFrame();
                }});
  app.frameMs = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
  UploadAtlas(app);
  MirrorWidgets(app);

  // The app runs every frame (input, files, saving), but the canvas is painted only
  // when the picture changes: an idle screen leaves the GPU and the browser alone.
  int width = 0, height = 0;
  SDL_GL_GetDrawableSize(app.window, &width, &height);
  const std::uint64_t signature = hw::DrawSignature(*ImGui::GetDrawData());
  if (signature != app.paintedSignature || width != app.paintedWidth || height != app.paintedHeight ||
      g_texturesChanged) {
    glViewport(0, 0, width, height);
    const ImVec4 bg = ImGui::GetStyle().Colors[ImGuiCol_WindowBg];
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
    SDL_GL_SwapWindow(app.window);
    app.paintedSignature = signature;
    app.paintedWidth = width;
    app.paintedHeight = height;
    g_texturesChanged = false;
    ++app.paints;
  }
  app.saver.Tick(app.state, app.platform, emscripten_get_now() / 1000.0);
  if (app.frames++ == 0)
    EM_ASM({
      if (Module.onFirstFrame) Module.onFirstFrame();
    });
}

EM_BOOL AnimationFrame(double, void* arg) {
  WebApp& app = *static_cast<WebApp*>(arg);
  app.framePending = false;
  Frame(app);
  ScheduleNext(app);
  return EM_FALSE;
}

bool Start(WebApp& app) {
  // Keys go to the canvas only, so an HTML text field over it receives its own keys.
  SDL_SetHint(SDL_HINT_EMSCRIPTEN_KEYBOARD_ELEMENT, "#canvas");
  if (SDL_Init(SDL_INIT_VIDEO | SDL_INIT_TIMER) != 0) {
    std::fprintf(stderr, "SDL_Init failed: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_ES);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  double cssWidth = 0, cssHeight = 0;
  emscripten_get_element_css_size("#canvas", &cssWidth, &cssHeight);
  // The canvas is sized by CSS; SDL follows it and scales the backing store by the
  // device pixel ratio (SDL_WINDOW_ALLOW_HIGHDPI).
  app.window = SDL_CreateWindow("Homeworks", SDL_WINDOWPOS_UNDEFINED, SDL_WINDOWPOS_UNDEFINED,
                                static_cast<int>(cssWidth), static_cast<int>(cssHeight),
                                SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI);
  if (!app.window) {
    std::fprintf(stderr, "SDL_CreateWindow failed: %s\n", SDL_GetError());
    return false;
  }
  app.gl = SDL_GL_CreateContext(app.window);
  if (!app.gl) {
    std::fprintf(stderr, "WebGL2 context failed: %s\n", SDL_GetError());
    return false;
  }
  SDL_GL_MakeCurrent(app.window, app.gl);

  IMGUI_CHECKVERSION();
  ImGuiContext* context = ImGui::CreateContext();
  ImGuiIO& io = ImGui::GetIO();
  io.IniFilename = nullptr;  // layout is the app's, not saved by ImGui
  io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  hw::ApplyTheme(ImGui::GetStyle());
  app.widgets.Attach(context);
  ImGui_ImplSDL2_InitForOpenGL(app.window, app.gl);
  ImGui_ImplOpenGL3_Init("#version 300 es");
  app.pixelRatio = 0;  // forces the first font load
  UpdatePixelRatio(app);

  hw::text::SetCurrentEngine(&app.text);
  hw::SetTextureUploader(&g_textures);
  CreateAtlasTexture(app);
  // The Latin fonts came with the first load (index.data); other scripts are fetched.
  for (const hw::text::Weight weight : {hw::text::Weight::Regular, hw::text::Weight::Bold}) {
    const std::string name = hw::text::FontLibrary::FontFile(hw::text::Script::Latin, weight);
    app.text.Fonts().Add(name, ReadFile(std::string(kFontDir) + "/" + name));
  }
  // web/storage.js has filled the storage folder from IndexedDB before main().
  const double loadStart = emscripten_get_now();
  hw::LoadSavedState(app.state, app.platform.StorageFolder());
  app.loadMs = emscripten_get_now() - loadStart;
  app.state.readOnly = !hw::WebPlatform::IsStorageWriter();
  app.saver.Loaded(app.state);
  // ?lang=hi starts in a language (not saved); ?samples shows the shaping comparison screen (tests).
  bool present = false;
  if (const auto language = hw::LanguageFromCode(UrlParam("lang", present))) app.state.language = *language;
  UrlParam("samples", present);
  if (present) app.state.screen = hw::Screen::Samples;
  return true;
}

}  // namespace

// Exported for end-to-end tests: where each labelled widget was drawn last frame.
extern "C" EMSCRIPTEN_KEEPALIVE const char* hw_widgets_json() {
  if (!g_app) return "[]";
  g_app->widgetsJson = g_app->widgets.ToJson();
  return g_app->widgetsJson.c_str();
}

// A screen reader activated the widget with this id (web/accessibility.js): it is
// pressed as a tap at its centre would, on the next frames. 0 when it is not on screen.
extern "C" EMSCRIPTEN_KEEPALIVE int hw_tap_widget(const char* id) {
  if (!g_app || !g_app->widgets.QueueTap(id)) return 0;
  Wake(*g_app);  // the queued press and release are taken over the next frames
  return 1;
}

// For the benchmarks: what keeping the accessibility tree up to date costs.
extern "C" EMSCRIPTEN_KEEPALIVE const char* hw_mirror_stats() {
  if (!g_app) return "{}";
  char buffer[200];
  std::snprintf(buffer, sizeof buffer,
                "{\"updates\":%ld,\"frames\":%ld,\"lastMs\":%.3f,\"totalMs\":%.3f,\"maxMs\":%.3f,\"widgets\":%zu}",
                g_app->mirrorUpdates, g_app->frames, g_app->mirrorLastMs, g_app->mirrorTotalMs, g_app->mirrorMaxMs,
                g_app->widgets.LastFrame().size());
  g_app->statsJson = buffer;
  return g_app->statsJson.c_str();
}

// For the benchmarks: the bytes the app has allocated now, and the most it ever held
// from the wasm memory (the memory itself only grows, in steps).
extern "C" EMSCRIPTEN_KEEPALIVE double hw_heap_in_use() { return static_cast<double>(mallinfo().uordblks); }
extern "C" EMSCRIPTEN_KEEPALIVE double hw_heap_peak() { return static_cast<double>(mallinfo().usmblks); }

extern "C" EMSCRIPTEN_KEEPALIVE double hw_load_ms() { return g_app ? g_app->loadMs : 0; }

extern "C" EMSCRIPTEN_KEEPALIVE long hw_frame_count() { return g_app ? g_app->frames : 0; }
// For tests and measurements: 1 when the app has nothing to draw, now or on a timer.
extern "C" EMSCRIPTEN_KEEPALIVE int hw_idle() { return g_app && !g_app->framePending && g_app->timer == 0 ? 1 : 0; }
// Called by web/platform.js when something outside SDL can change the picture (the
// device pixel ratio, the page shown again).
extern "C" EMSCRIPTEN_KEEPALIVE void hw_wake() {
  if (g_app) Wake(*g_app);
}
// Exported for tests and measurements: how often the canvas was painted.
extern "C" EMSCRIPTEN_KEEPALIVE long hw_paint_count() { return g_app ? g_app->paints : 0; }

// Exported for tests and measurements: what text cost in the last frame.
extern "C" EMSCRIPTEN_KEEPALIVE const char* hw_text_stats() {
  if (!g_app) return "{}";
  const hw::text::TextEngine::Stats& s = g_app->text.LastFrameStats();
  const hw::text::GlyphAtlas& atlas = g_app->text.Atlas();
  char buffer[360];
  std::snprintf(buffer, sizeof buffer,
                "{\"frameMs\":%.3f,\"shapingMs\":%.3f,\"linesShaped\":%d,\"glyphsDrawn\":%d,\"linesWaiting\":%d,"
                "\"cachedLines\":%zu,"
                "\"atlasGlyphs\":%zu,\"atlasUsedRows\":%d,\"atlasWidth\":%d,\"atlasHeight\":%d,\"language\":\"%s\","
                "\"translationsWaiting\":%d}",
                g_app->frameMs, s.shapingMs, s.linesShaped, s.glyphsDrawn, s.linesWaiting, s.cachedLines,
                atlas.GlyphCount(), atlas.UsedHeight(), atlas.Width(), atlas.Height(),
                std::string(hw::Info(g_app->state.language).code).c_str(),
                hw::HasTranslations(g_app->state.language) ? 0 : 1);
  g_app->statsJson = buffer;
  return g_app->statsJson.c_str();
}

// Called by web/storage.js when the page is being hidden or an update is applied;
// 1 when a snapshot was written.
extern "C" EMSCRIPTEN_KEEPALIVE int hw_save_now() {
  if (!g_app) return 0;
  Wake(*g_app);  // a failed save is told on screen
  return g_app->saver.Tick(g_app->state, g_app->platform, emscripten_get_now() / 1000.0, true) ? 1 : 0;
}

// Files chosen by the person or fetched (web/platform.js): `bytes` was allocated with
// hw_alloc and is freed here; the app handles the file on its next frame.
extern "C" EMSCRIPTEN_KEEPALIVE void* hw_alloc(int size) { return std::malloc(static_cast<std::size_t>(size)); }

extern "C" EMSCRIPTEN_KEEPALIVE void hw_file_arrived(const char* purpose, const char* name, std::uint8_t* bytes,
                                                     int size, const char* error) {
  if (g_app) {
    Wake(*g_app);
    if (const std::optional<hw::FilePurpose> known = hw::PurposeFromName(purpose))
      g_app->state.incoming.push_back(
          {*known, name, std::vector<std::uint8_t>(bytes, bytes + std::max(size, 0)), error});
  }
  std::free(bytes);
}

// The text field's HTML input changed (web/platform.js): what it holds now.
extern "C" EMSCRIPTEN_KEEPALIVE void hw_text_edited(const char* fieldId, const char* text) {
  if (!g_app || g_app->state.textEdit.fieldId != fieldId) return;
  Wake(*g_app);
  g_app->state.textEdit.text = text;
  g_app->state.textEdit.arrived = true;
}

// The person closed the keyboard (Enter, Done, or the input lost focus).
extern "C" EMSCRIPTEN_KEEPALIVE void hw_text_edit_ended(const char* fieldId) {
  if (!g_app || g_app->state.textEdit.fieldId != fieldId) return;
  Wake(*g_app);
  g_app->state.textEdit.ended = true;
}

// The text being read aloud was read to the end (web/platform.js speak).
extern "C" EMSCRIPTEN_KEEPALIVE void hw_speech_ended() {
  if (!g_app) return;
  Wake(*g_app);
  g_app->state.learn.speaking = false;
}

// The browser refused to put text on the clipboard (web/platform.js copyText).
extern "C" EMSCRIPTEN_KEEPALIVE void hw_copy_failed() {
  if (!g_app) return;
  Wake(*g_app);
  g_app->state.notice = hw::Msg::CopyFailed;
}

// web/storage.js could not copy the saved state into IndexedDB (the phone is full, or
// the browser refused), or could again.
extern "C" EMSCRIPTEN_KEEPALIVE void hw_storage_failed(const char* why) {
  if (!g_app) return;
  Wake(*g_app);
  hw::ReportSaveFailure(g_app->state, why);
}
extern "C" EMSCRIPTEN_KEEPALIVE void hw_storage_saved() {
  if (!g_app) return;
  Wake(*g_app);
  hw::ReportSaveSuccess(g_app->state);
}

extern "C" EMSCRIPTEN_KEEPALIVE void hw_storage_info(double used, double quota, int persistent) {
  if (!g_app) return;
  const hw::StorageInfo now{static_cast<std::uint64_t>(used), static_cast<std::uint64_t>(quota), persistent != 0};
  // Asked again every half minute and after each save: drawn only when it shows.
  if (hw::StorageInfoShows(g_app->state, now)) Wake(*g_app);
  g_app->state.storage = now;
}

// Called by web/storage.js once IndexedDB was read again: another tab saved, or
// this tab has just become the one that saves.
extern "C" EMSCRIPTEN_KEEPALIVE void hw_reload_state(int writer) {
  if (!g_app) return;
  Wake(*g_app);
  hw::LoadSavedState(g_app->state, g_app->platform.StorageFolder());
  g_app->state.readOnly = writer == 0;
  g_app->saver.Loaded(g_app->state);
}

int main() {
  g_app = new WebApp();  // lives as long as the page
  if (!Start(*g_app)) {
    EM_ASM({
      if (Module.onStartFailed) Module.onStartFailed();
    });
    return 1;
  }
  SDL_AddEventWatch(WakeOnEvent, g_app);
  Wake(*g_app);  // the first frames; the runtime stays alive after main returns
  return 0;
}
