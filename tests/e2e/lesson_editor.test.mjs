// Trainer mode in Chromium: on one phone a trainer writes a lesson by tapping and
// typing and saves the course as a lesson pack (a real download); on another phone
// (a fresh browser profile) the pack is added through the file chooser and a learner
// takes the lesson and its quiz to the end.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { startServer, launchProfile, openApp, screenshot, waitGone } from './harness.mjs';
import { press, see, typeInto } from './patient.mjs';
import { waitLabel } from './learn_helpers.mjs';

// Step texts, tips and questions are fields of several lines: the keyboard stays open
// after typing until the person taps elsewhere (here the empty margin at the top).
async function typeNote(page, id, text) {
  await typeInto(page, id, text);
  await page.mouse.click(page.viewportSize().width / 2, 4);
  await page.waitForSelector(`[data-field="${id}"]`, { state: 'detached' });
}

let server;
before(async () => { server = await startServer(); });
after(() => server.stop());

test('a trainer writes a lesson and shares it as a file; on another phone a learner masters it', async () => {
  const trainer = await launchProfile();
  const learner = await launchProfile();
  try {
    const page = await openApp(trainer.context, server.url);
    await press(page, 'home.learn');
    await press(page, 'learn.trainer');
    await press(page, 'trainer.editor');
    await press(page, 'editor.new');
    assert.equal((await see(page, 'editor.language')).label, 'Written in: English');

    // Saving too early shows what is missing, under the field.
    await press(page, 'editor.save');
    assert.equal((await see(page, 'editor.course.title.error')).label, 'This text is empty');
    await typeInto(page, 'editor.course.title', 'Market day skills');
    await press(page, 'editor.lesson.add');
    await typeInto(page, 'editor.lesson.title', 'Price with care');
    await typeNote(page, 'editor.step.0.text', 'Count the cost of thread, cloth and dye.');
    await typeNote(page, 'editor.step.0.tip', 'Keep the receipts in one bag.');
    await press(page, 'editor.step.0.icons');
    await press(page, 'editor.step.0.icon.calculator');
    await waitLabel(page, 'editor.step.0.picture', 'calculator');
    await press(page, 'editor.step.add');
    await typeNote(page, 'editor.step.1.text', 'Add the value of your time.');
    await press(page, 'editor.question.add');
    await press(page, 'editor.question.0.kind.truefalse');
    await typeNote(page, 'editor.question.0.prompt', 'Your time is free, so it costs nothing.');
    await press(page, 'editor.question.0.false');
    await typeNote(page, 'editor.question.0.explanation', 'Your hours have value: count them in the price.');
    await screenshot(page, 'lesson-editor-question-360x640');
    await press(page, 'editor.lesson.done');
    assert.equal((await see(page, 'editor.lesson.0')).label, '1. Price with care');
    await press(page, 'editor.save');
    assert.equal((await see(page, 'editor.saved')).label, 'Saved. The course is in Learn.');
    await screenshot(page, 'lesson-editor-course-360x640');

    const downloading = page.waitForEvent('download');
    await press(page, 'editor.export');
    const download = await downloading;
    const file = await download.path();
    const pack = JSON.parse(readFileSync(file, 'utf8'));
    const course = pack.courses[0];
    assert.equal(download.suggestedFilename(), `${course.id}.json`);
    assert.equal(pack.format, 'homeworks-lessons');
    assert.deepEqual(course.title, { en: 'Market day skills' });
    const lesson = course.lessons[0];
    assert.equal(lesson.steps.length, 2);
    assert.equal(lesson.steps[0].icon, 'calculator');
    assert.deepEqual(lesson.steps[0].tip, { en: 'Keep the receipts in one bag.' });
    assert.equal(lesson.quiz.questions[0].kind, 'true-false');
    assert.equal(lesson.quiz.questions[0].correct, false);

    // The trainer's own phone already shows it in Learn.
    await press(page, 'nav.back');
    assert.equal((await see(page, `editor.course.${course.id}`)).label, 'Market day skills');
    await press(page, 'nav.back');
    await see(page, 'trainer.editor');
    await press(page, 'nav.back');
    assert.equal((await see(page, `learn.course.${course.id}`)).label, 'Market day skills');

    // Another phone: the trainer's view -> Add lessons from a file.
    const other = await openApp(learner.context, server.url);
    await press(other, 'home.learn');
    await press(other, 'learn.trainer');
    const choosing = other.waitForEvent('filechooser');
    await press(other, 'trainer.import');
    await (await choosing).setFiles(file);
    assert.equal((await see(other, 'notice.text')).label, 'New lessons were added: Market day skills');
    await press(other, 'notice.dismiss');
    await waitGone(other, 'notice.text');
    await press(other, 'nav.back');
    await press(other, `learn.course.${course.id}`);
    await press(other, `learn.lesson.${lesson.id}`);
    await waitLabel(other, 'lesson.counter', 'Step 1 of 2');
    assert.equal((await see(other, 'lesson.text')).label, 'Count the cost of thread, cloth and dye.');
    await press(other, 'lesson.next');
    await waitLabel(other, 'lesson.counter', 'Step 2 of 2');
    assert.equal((await see(other, 'lesson.text')).label, 'Add the value of your time.');
    await press(other, 'lesson.next');  // the quiz
    await waitLabel(other, 'quiz.counter', 'Question 1 of 1');
    await press(other, 'quiz.option.0');  // False
    await press(other, 'quiz.check');
    assert.equal((await see(other, 'quiz.feedback')).label, 'Right!');
    await see(other, 'Your hours have value: count them in the price.');
    await press(other, 'quiz.next');
    assert.equal((await see(other, 'quiz.score')).label, '1 of 1 right (100%)');
    await press(other, 'quiz.done');
    await waitLabel(other, `learn.lesson.${lesson.id}.status`, 'Mastered');
    await press(other, 'nav.back');
    assert.equal((await see(other, `learn.course.${course.id}.progress`)).label, 'Mastered: 1 of 1');
    assert.deepEqual(page.problems, []);
    assert.deepEqual(other.problems, []);
  } finally {
    await trainer.close();
    await learner.close();
  }
});
