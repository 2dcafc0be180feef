#include "shared/learning/lesson_pack.hpp"

#include <rapidjson/document.h>
#include <rapidjson/error/en.h>
#include <rapidjson/prettywriter.h>
#include <rapidjson/stringbuffer.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <set>
#include <utility>

#include "shared/core/base64.hpp"
#include "shared/core/json_file.hpp"
#include "shared/core/validation.hpp"

namespace hw {
namespace {

using Value = rapidjson::Value;
using L = LessonPackLimits;

constexpr std::array<std::string_view, static_cast<std::size_t>(QuestionKind::Count)> kKindNames = {
    "single-choice", "multiple-choice", "true-false", "put-in-order"};

// Thrown inside the importer only, caught by ImportLessonPack: the walk over the
// document stays a straight line of reads.
struct PackError {
  Error error;
};

[[noreturn]] void Fail(Msg message, std::string path, std::string detail = {}) {
  throw PackError{Error{message, std::move(path), 0, std::move(detail)}};
}

std::string At(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : path + "." + std::string(key);
}
using hw::At;  // "lessons[2]" (shared/core/validation.hpp)

std::string_view View(const Value& v) { return {v.GetString(), v.GetStringLength()}; }

// A short, printable excerpt of an offending value for Error::detail.
std::string Excerpt(std::string_view text) {
  std::string out(text.substr(0, 60));
  if (text.size() > 60) out += "...";
  return out;
}

const Value& Object(const Value& v, const std::string& path) {
  if (!v.IsObject()) Fail(Msg::ErrLessonWrongType, path, "a group { } is expected");
  return v;
}

// Rejects misspelt and repeated keys: a trainer's typo must not silently drop a tip.
void CheckKeys(const Value& object, const std::string& path, std::initializer_list<std::string_view> allowed) {
  std::set<std::string_view> seen;
  for (const auto& member : object.GetObject()) {
    const std::string_view key = View(member.name);
    if (std::find(allowed.begin(), allowed.end(), key) == allowed.end())
      Fail(Msg::ErrLessonFieldUnknown, At(path, Excerpt(key)));
    if (!seen.insert(key).second) Fail(Msg::ErrValueInvalid, At(path, key), "the field is written twice");
  }
}

const Value* Find(const Value& object, std::string_view key) {
  const auto it = object.FindMember(Value(rapidjson::StringRef(key.data(), key.size())));
  return it == object.MemberEnd() ? nullptr : &it->value;
}

const Value& Need(const Value& object, std::string_view key, const std::string& path) {
  const Value* v = Find(object, key);
  if (!v) Fail(Msg::ErrFieldMissing, At(path, key));
  return *v;
}

std::string_view String(const Value& v, const std::string& path, std::size_t maxBytes) {
  if (!v.IsString()) Fail(Msg::ErrLessonWrongType, path, "a text in quotes is expected");
  if (v.GetStringLength() > maxBytes)
    Fail(Msg::ErrTextTooLong, path, std::to_string(v.GetStringLength()) + " > " + std::to_string(maxBytes));
  return View(v);
}

Id IdOf(const Value& v, const std::string& path) {
  const std::string_view id = String(v, path, 64);
  if (!IsValidId(id)) Fail(Msg::ErrIdInvalid, path, Excerpt(id));
  return Id(id);
}

std::uint32_t Number(const Value& v, const std::string& path, std::uint32_t low, std::uint32_t high) {
  if (!v.IsNumber()) Fail(Msg::ErrLessonWrongType, path, "a number is expected");
  if (!v.IsUint() || v.GetUint() < low || v.GetUint() > high)
    Fail(Msg::ErrLessonNumberOutOfRange, path, std::to_string(low) + ".." + std::to_string(high));
  return v.GetUint();
}

const Value& Array(const Value& v, const std::string& path, std::size_t low, std::size_t high, Msg countMessage) {
  if (!v.IsArray()) Fail(Msg::ErrLessonWrongType, path, "a list [ ] is expected");
  if (v.Size() < low || v.Size() > high)
    Fail(countMessage, path, std::to_string(v.Size()) + " (" + std::to_string(low) + ".." + std::to_string(high) + ")");
  return v;
}

// `language` is the course's: every text has it, and falls back to it.
LocalizedText Text(const Value& v, const std::string& path, std::size_t maxBytes, const std::string& language) {
  Object(v, path);
  if (v.MemberCount() > L::kLanguages) Fail(Msg::ErrTooManyItems, path, std::to_string(v.MemberCount()));
  LocalizedText text;
  for (const auto& member : v.GetObject()) {
    const std::string_view code = View(member.name);
    const std::string field = At(path, Excerpt(code));
    if (!IsLanguageCode(code)) Fail(Msg::ErrLanguageInvalid, field, Excerpt(code));
    const std::string_view value = String(member.value, field, maxBytes);
    if (value.find_first_not_of(" \t\r\n") == std::string_view::npos) Fail(Msg::ErrLessonTextEmpty, field);
    if (text.Has(code)) Fail(Msg::ErrValueInvalid, field, "the language is written twice");
    text.Set(code, value);
  }
  if (!text.Has(language))
    Fail(language == "en" ? Msg::ErrLessonEnglishMissing : Msg::ErrLessonLanguageMissing, At(path, language));
  text.fallback = language;
  return text;
}

constexpr std::string_view kJpeg = "image/jpeg";
constexpr std::string_view kPng = "image/png";

Photo Picture(const Value& v, const std::string& path) {
  Object(v, path);
  CheckKeys(v, path, {"data", "width", "height"});
  const std::string dataPath = At(path, "data");
  const std::size_t maxEncoded = (L::kPictureBytes + 2) / 3 * 4 + 64;
  const std::string_view data = String(Need(v, "data", path), dataPath, maxEncoded);
  Photo photo;
  constexpr std::string_view kJpegPrefix = "data:image/jpeg;base64,";
  constexpr std::string_view kPngPrefix = "data:image/png;base64,";
  std::string_view encoded;
  if (data.starts_with(kJpegPrefix)) {
    photo.mime = kJpeg;
    encoded = data.substr(kJpegPrefix.size());
  } else if (data.starts_with(kPngPrefix)) {
    photo.mime = kPng;
    encoded = data.substr(kPngPrefix.size());
  } else {
    Fail(Msg::ErrPhotoInvalid, dataPath, "data:image/jpeg;base64,... or data:image/png;base64,... is expected");
  }
  auto bytes = Base64Decode(encoded);
  if (!bytes || bytes->empty()) Fail(Msg::ErrPhotoInvalid, dataPath, "not valid base64");
  if (bytes->size() > L::kPictureBytes) Fail(Msg::ErrFileTooLarge, dataPath);
  // The bytes must be what the data URL says they are.
  const auto& b = *bytes;
  const bool jpeg = b.size() >= 3 && b[0] == 0xFF && b[1] == 0xD8 && b[2] == 0xFF;
  const bool png = b.size() >= 8 && b[0] == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
  if ((photo.mime == kJpeg && !jpeg) || (photo.mime == kPng && !png))
    Fail(Msg::ErrPhotoInvalid, dataPath, "the picture is not a " + photo.mime);
  photo.bytes = std::move(*bytes);
  if (const Value* w = Find(v, "width")) photo.width = Number(*w, At(path, "width"), 1, L::kPictureSide);
  if (const Value* h = Find(v, "height")) photo.height = Number(*h, At(path, "height"), 1, L::kPictureSide);
  return photo;
}

Step ReadStep(const Value& v, const std::string& path, const std::string& language) {
  Object(v, path);
  CheckKeys(v, path, {"id", "icon", "text", "tip", "picture"});
  Step step;
  step.id = IdOf(Need(v, "id", path), At(path, "id"));
  if (const Value* icon = Find(v, "icon")) {
    const std::string_view name = String(*icon, At(path, "icon"), 40);
    const auto known = IconFromName(name);
    if (!known) Fail(Msg::ErrLessonIconUnknown, At(path, "icon"), Excerpt(name));
    step.icon = *known;
  }
  step.text = Text(Need(v, "text", path), At(path, "text"), L::kStepBytes, language);
  if (const Value* tip = Find(v, "tip")) step.tip = Text(*tip, At(path, "tip"), L::kTipBytes, language);
  if (const Value* picture = Find(v, "picture")) step.picture = Picture(*picture, At(path, "picture"));
  return step;
}

std::uint32_t Index(const Value& v, const std::string& path, std::size_t options) {
  if (!v.IsNumber()) Fail(Msg::ErrLessonWrongType, path, "an answer number (0 is the first) is expected");
  if (!v.IsUint() || v.GetUint() >= options)
    Fail(Msg::ErrLessonCorrectInvalid, path, "0.." + std::to_string(options == 0 ? 0 : options - 1));
  return v.GetUint();
}

// Indices into `options`, none repeated.
std::vector<std::uint32_t> Indices(const Value& v, const std::string& path, std::size_t options) {
  if (!v.IsArray()) Fail(Msg::ErrLessonWrongType, path, "a list of answer numbers is expected");
  if (v.Size() > options) Fail(Msg::ErrLessonCorrectInvalid, path, "more answers than options");
  std::vector<std::uint32_t> out;
  for (rapidjson::SizeType i = 0; i < v.Size(); ++i) {
    const std::uint32_t index = Index(v[i], At(path, i), options);
    if (std::find(out.begin(), out.end(), index) != out.end())
      Fail(Msg::ErrLessonCorrectInvalid, At(path, i), "the answer " + std::to_string(index) + " is written twice");
    out.push_back(index);
  }
  return out;
}

Question ReadQuestion(const Value& v, const std::string& path, const std::string& language) {
  Object(v, path);
  CheckKeys(v, path, {"id", "kind", "prompt", "picture", "options", "correct", "explanation"});
  Question q;
  q.id = IdOf(Need(v, "id", path), At(path, "id"));
  const std::string kindPath = At(path, "kind");
  const std::string_view kind = String(Need(v, "kind", path), kindPath, 40);
  const auto found = std::find(kKindNames.begin(), kKindNames.end(), kind);
  if (found == kKindNames.end()) Fail(Msg::ErrLessonQuestionKindUnknown, kindPath, Excerpt(kind));
  q.kind = static_cast<QuestionKind>(found - kKindNames.begin());
  q.prompt = Text(Need(v, "prompt", path), At(path, "prompt"), L::kPromptBytes, language);
  if (const Value* picture = Find(v, "picture")) q.picture = Picture(*picture, At(path, "picture"));

  const std::string optionsPath = At(path, "options");
  const Value* options = Find(v, "options");
  if (q.kind == QuestionKind::TrueFalse) {
    if (options) Fail(Msg::ErrLessonOptionCount, optionsPath, "a true-false question has no options");
  } else {
    if (!options) Fail(Msg::ErrFieldMissing, optionsPath);
    Array(*options, optionsPath, L::kMinOptions, L::kMaxOptions, Msg::ErrLessonOptionCount);
    for (rapidjson::SizeType i = 0; i < options->Size(); ++i)
      q.options.push_back(Text((*options)[i], At(optionsPath, i), L::kOptionBytes, language));
  }

  const std::string correctPath = At(path, "correct");
  const Value* correct = Find(v, "correct");
  const std::size_t n = q.options.size();
  switch (q.kind) {
    case QuestionKind::SingleChoice:
      if (!correct) Fail(Msg::ErrFieldMissing, correctPath);
      q.correct = {Index(*correct, correctPath, n)};
      break;
    case QuestionKind::MultipleChoice:
      if (!correct) Fail(Msg::ErrFieldMissing, correctPath);
      q.correct = Indices(*correct, correctPath, n);
      if (q.correct.empty()) Fail(Msg::ErrLessonCorrectInvalid, correctPath, "at least one answer is right");
      break;
    case QuestionKind::TrueFalse:
      if (!correct) Fail(Msg::ErrFieldMissing, correctPath);
      if (!correct->IsBool()) Fail(Msg::ErrLessonCorrectInvalid, correctPath, "true or false is expected");
      q.correct = {correct->GetBool() ? 1u : 0u};
      break;
    case QuestionKind::PutInOrder:
      // Options are written in the right order unless `correct` says otherwise.
      if (correct) {
        q.correct = Indices(*correct, correctPath, n);
        if (q.correct.size() != n) Fail(Msg::ErrLessonCorrectInvalid, correctPath, "every option once");
      } else {
        for (std::uint32_t i = 0; i < n; ++i) q.correct.push_back(i);
      }
      break;
    case QuestionKind::Count: break;
  }
  if (const Value* explanation = Find(v, "explanation"))
    q.explanation = Text(*explanation, At(path, "explanation"), L::kExplanationBytes, language);
  return q;
}

Lesson ReadLesson(const Value& v, const std::string& path, const std::string& language) {
  Object(v, path);
  CheckKeys(v, path, {"id", "title", "minutes", "steps", "quiz"});
  Lesson lesson;
  lesson.id = IdOf(Need(v, "id", path), At(path, "id"));
  lesson.title = Text(Need(v, "title", path), At(path, "title"), L::kTitleBytes, language);
  if (const Value* minutes = Find(v, "minutes"))
    lesson.minutes = Number(*minutes, At(path, "minutes"), 1, L::kMaxMinutes);
  const std::string stepsPath = At(path, "steps");
  const Value& steps = Array(Need(v, "steps", path), stepsPath, L::kMinSteps, L::kMaxSteps, Msg::ErrLessonStepCount);
  std::set<Id> stepIds;
  for (rapidjson::SizeType i = 0; i < steps.Size(); ++i) {
    Step step = ReadStep(steps[i], At(stepsPath, i), language);
    if (!stepIds.insert(step.id).second) Fail(Msg::ErrIdDuplicate, At(At(stepsPath, i), "id"), step.id);
    lesson.steps.push_back(std::move(step));
  }
  if (const Value* quiz = Find(v, "quiz")) {
    const std::string quizPath = At(path, "quiz");
    Object(*quiz, quizPath);
    CheckKeys(*quiz, quizPath, {"masteryPercent", "questions"});
    if (const Value* mastery = Find(*quiz, "masteryPercent"))
      lesson.quiz.masteryPercent = Number(*mastery, At(quizPath, "masteryPercent"), 1, 100);
    const std::string questionsPath = At(quizPath, "questions");
    const Value& questions =
        Array(Need(*quiz, "questions", quizPath), questionsPath, 0, L::kQuestions, Msg::ErrTooManyItems);
    std::set<Id> questionIds;
    for (rapidjson::SizeType i = 0; i < questions.Size(); ++i) {
      Question q = ReadQuestion(questions[i], At(questionsPath, i), language);
      if (!questionIds.insert(q.id).second) Fail(Msg::ErrIdDuplicate, At(At(questionsPath, i), "id"), q.id);
      lesson.quiz.questions.push_back(std::move(q));
    }
  }
  return lesson;
}

Course ReadCourse(const Value& v, const std::string& path, std::set<Id>& lessonIds) {
  Object(v, path);
  CheckKeys(v, path, {"id", "topic", "language", "title", "summary", "lessons"});
  Course course;
  course.id = IdOf(Need(v, "id", path), At(path, "id"));
  if (const Value* language = Find(v, "language")) {
    course.language = String(*language, At(path, "language"), 16);
    if (!IsLanguageCode(course.language)) Fail(Msg::ErrLanguageInvalid, At(path, "language"), Excerpt(course.language));
  }
  if (const Value* topic = Find(v, "topic")) {
    course.topic = String(*topic, At(path, "topic"), 64);
    if (!IsValidId(course.topic)) Fail(Msg::ErrIdInvalid, At(path, "topic"), Excerpt(course.topic));
  }
  course.title = Text(Need(v, "title", path), At(path, "title"), L::kTitleBytes, course.language);
  if (const Value* summary = Find(v, "summary"))
    course.summary = Text(*summary, At(path, "summary"), L::kSummaryBytes, course.language);
  const std::string lessonsPath = At(path, "lessons");
  const Value& lessons = Array(Need(v, "lessons", path), lessonsPath, 1, L::kLessons, Msg::ErrTooManyItems);
  for (rapidjson::SizeType i = 0; i < lessons.Size(); ++i) {
    Lesson lesson = ReadLesson(lessons[i], At(lessonsPath, i), course.language);
    // Progress is kept per lesson id, so lesson ids are unique across the pack.
    if (!lessonIds.insert(lesson.id).second) Fail(Msg::ErrIdDuplicate, At(At(lessonsPath, i), "id"), lesson.id);
    course.lessons.push_back(std::move(lesson));
  }
  return course;
}

std::size_t LineOf(std::string_view text, std::size_t offset) {
  offset = std::min(offset, text.size());
  return 1 +
         static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(offset), '\n'));
}

// --- export --------------------------------------------------------------------
using Writer = rapidjson::PrettyWriter<rapidjson::StringBuffer>;

void Key(Writer& w, std::string_view key) { w.Key(key.data(), static_cast<rapidjson::SizeType>(key.size())); }
void Str(Writer& w, std::string_view s) { w.String(s.data(), static_cast<rapidjson::SizeType>(s.size())); }

void WriteText(Writer& w, const LocalizedText& text) {
  w.StartObject();
  // The course's language first (English in most packs): the text translators work from.
  if (auto first = text.Find(text.fallback)) {
    Key(w, text.fallback);
    Str(w, *first);
  }
  for (const auto& [code, value] : text) {
    if (code == text.fallback) continue;
    Key(w, code);
    Str(w, value);
  }
  w.EndObject();
}

void WritePicture(Writer& w, const Photo& photo) {
  w.StartObject();
  Key(w, "data");
  Str(w, "data:" + photo.mime + ";base64," + Base64Encode(photo.bytes));
  if (photo.width) {
    Key(w, "width");
    w.Uint(photo.width);
  }
  if (photo.height) {
    Key(w, "height");
    w.Uint(photo.height);
  }
  w.EndObject();
}

bool IsIdentityOrder(const std::vector<std::uint32_t>& order, std::size_t n) {
  if (order.size() != n) return false;
  for (std::size_t i = 0; i < n; ++i)
    if (order[i] != i) return false;
  return true;
}

void WriteQuestion(Writer& w, const Question& q) {
  w.StartObject();
  Key(w, "id");
  Str(w, q.id);
  Key(w, "kind");
  Str(w, QuestionKindName(q.kind));
  Key(w, "prompt");
  WriteText(w, q.prompt);
  if (q.picture) {
    Key(w, "picture");
    WritePicture(w, *q.picture);
  }
  if (q.kind != QuestionKind::TrueFalse) {
    Key(w, "options");
    w.StartArray();
    for (const LocalizedText& option : q.options) WriteText(w, option);
    w.EndArray();
  }
  switch (q.kind) {
    case QuestionKind::SingleChoice:
      Key(w, "correct");
      w.Uint(q.correct.empty() ? 0 : q.correct[0]);
      break;
    case QuestionKind::TrueFalse:
      Key(w, "correct");
      w.Bool(!q.correct.empty() && q.correct[0] == 1);
      break;
    case QuestionKind::PutInOrder:
      if (IsIdentityOrder(q.correct, q.options.size())) break;
      [[fallthrough]];
    case QuestionKind::MultipleChoice:
      Key(w, "correct");
      w.StartArray();
      for (const std::uint32_t index : q.correct) w.Uint(index);
      w.EndArray();
      break;
    case QuestionKind::Count: break;
  }
  if (q.explanation.Count() > 0) {
    Key(w, "explanation");
    WriteText(w, q.explanation);
  }
  w.EndObject();
}

void WriteLesson(Writer& w, const Lesson& lesson) {
  w.StartObject();
  Key(w, "id");
  Str(w, lesson.id);
  Key(w, "title");
  WriteText(w, lesson.title);
  Key(w, "minutes");
  w.Uint(lesson.minutes);
  Key(w, "steps");
  w.StartArray();
  for (const Step& step : lesson.steps) {
    w.StartObject();
    Key(w, "id");
    Str(w, step.id);
    if (step.icon != LessonIcon::None) {
      Key(w, "icon");
      Str(w, IconName(step.icon));
    }
    Key(w, "text");
    WriteText(w, step.text);
    if (step.tip.Count() > 0) {
      Key(w, "tip");
      WriteText(w, step.tip);
    }
    if (step.picture) {
      Key(w, "picture");
      WritePicture(w, *step.picture);
    }
    w.EndObject();
  }
  w.EndArray();
  if (!lesson.quiz.questions.empty() || lesson.quiz.masteryPercent != Quiz{}.masteryPercent) {
    Key(w, "quiz");
    w.StartObject();
    Key(w, "masteryPercent");
    w.Uint(lesson.quiz.masteryPercent);
    Key(w, "questions");
    w.StartArray();
    for (const Question& q : lesson.quiz.questions) WriteQuestion(w, q);
    w.EndArray();
    w.EndObject();
  }
  w.EndObject();
}

}  // namespace

std::string_view QuestionKindName(QuestionKind kind) {
  const auto i = static_cast<std::size_t>(kind);
  return i < kKindNames.size() ? kKindNames[i] : std::string_view{};
}

Result<std::vector<Course>> ImportLessonPack(std::string_view json) {
  // Size and nesting are bounded before the parser allocates anything.
  if (auto error = CheckJsonText(json, JsonLimits{L::kPackBytes, L::kDepth, L::kPackBytes})) return *error;
  rapidjson::Document doc;
  doc.Parse<rapidjson::kParseIterativeFlag | rapidjson::kParseValidateEncodingFlag>(json.data(), json.size());
  if (doc.HasParseError()) {
    const std::size_t offset = doc.GetErrorOffset();
    // An error at the very end (trailing blanks aside) means the text was cut short.
    const bool truncated = json.find_first_not_of(" \t\r\n", std::min(offset, json.size())) == std::string_view::npos;
    return Error{truncated ? Msg::ErrFileTruncated : Msg::ErrFileDamaged, "", LineOf(json, offset),
                 rapidjson::GetParseError_En(doc.GetParseError())};
  }
  try {
    const std::string root;
    if (!doc.IsObject()) Fail(Msg::ErrFileWrongKind, root, "a group { } is expected");
    const Value* format = Find(doc, "format");
    if (!format || !format->IsString() || View(*format) != kLessonPackFormat)
      Fail(Msg::ErrFileWrongKind, "format", std::string(kLessonPackFormat) + " is expected");
    const std::uint32_t version = Number(Need(doc, "version", root), "version", 1, 1'000'000);
    if (version > kLessonPackVersion) Fail(Msg::ErrFileNewerVersion, "version", std::to_string(version));
    CheckKeys(doc, root, {"format", "version", "courses"});
    const Value& courses = Array(Need(doc, "courses", root), "courses", 0, L::kCourses, Msg::ErrTooManyItems);
    if (courses.Empty()) Fail(Msg::ErrLessonPackEmpty, "courses");
    std::vector<Course> out;
    std::set<Id> courseIds;
    std::set<Id> lessonIds;
    for (rapidjson::SizeType i = 0; i < courses.Size(); ++i) {
      const std::string path = At("courses", i);
      Course course = ReadCourse(courses[i], path, lessonIds);
      if (!courseIds.insert(course.id).second) Fail(Msg::ErrIdDuplicate, At(path, "id"), course.id);
      // The model's own rules as a last net (they should never disagree with the above).
      if (auto errors = Validate(course); !errors.empty())
        Fail(errors.front().message, At(path, errors.front().field), errors.front().detail);
      out.push_back(std::move(course));
    }
    return out;
  } catch (const PackError& e) {
    return e.error;
  } catch (const std::bad_alloc&) {
    return Error{Msg::ErrFileTooLarge};
  }
}

std::string ExportLessonPack(const std::vector<Course>& courses) {
  rapidjson::StringBuffer buffer;
  Writer w(buffer);
  w.SetIndent(' ', 2);
  w.StartObject();
  Key(w, "format");
  Str(w, kLessonPackFormat);
  Key(w, "version");
  w.Uint(kLessonPackVersion);
  Key(w, "courses");
  w.StartArray();
  for (const Course& course : courses) {
    w.StartObject();
    Key(w, "id");
    Str(w, course.id);
    if (!course.topic.empty()) {
      Key(w, "topic");
      Str(w, course.topic);
    }
    // Left out for English, so that such packs still open in apps older than the field.
    if (course.language != "en") {
      Key(w, "language");
      Str(w, course.language);
    }
    Key(w, "title");
    WriteText(w, course.title);
    if (course.summary.Count() > 0) {
      Key(w, "summary");
      WriteText(w, course.summary);
    }
    Key(w, "lessons");
    w.StartArray();
    for (const Lesson& lesson : course.lessons) WriteLesson(w, lesson);
    w.EndArray();
    w.EndObject();
  }
  w.EndArray();
  w.EndObject();
  std::string out(buffer.GetString(), buffer.GetSize());
  out += '\n';
  return out;
}

}  // namespace hw
