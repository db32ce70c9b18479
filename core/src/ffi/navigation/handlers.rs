//! What each action does, by the part of the app it belongs to. `Navigator::handle` (`mod.rs`)
//! sends every action to one of these (dictation's are in `dictation.rs`); each takes only its
//! own and leaves any other unchanged.

use super::*;

impl Navigator {
    /// Reading aloud: the player and the voice reporting back.
    pub(super) fn reading_action(&mut self, action: Action) -> Done {
        match action {
            Action::ReadAloud => self.read_aloud(false),
            Action::GuideExercise => self.read_aloud(true),
            Action::PauseReading => {
                self.pause_reading();
                Ok(())
            }
            Action::ResumeReading => {
                self.resume_reading();
                Ok(())
            }
            Action::BackOneSentence => {
                self.back_one_sentence();
                Ok(())
            }
            Action::SetReadingSpeed { speed } => {
                self.set_reading_speed(speed);
                Ok(())
            }
            Action::StopReading => {
                self.stop_reading();
                Ok(())
            }
            Action::SentenceSpoken { index } => {
                self.sentence_spoken(index);
                Ok(())
            }
            Action::SpeechFinished => self.speech_finished(),
            Action::SpeechUnavailable => {
                self.speech_unavailable();
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// The key store, the lock screen, and the app going to and coming back from the background.
    pub(super) fn lock_action(&mut self, action: Action) -> Done {
        match action {
            Action::KeyLoaded { key } => self.key_loaded(key.map(Zeroizing::new)),
            Action::KeyStored { confirmed } => self.key_stored(confirmed),
            Action::UnlockWithDevice => {
                // Only when no PIN or passphrase is set: then the key store holds the key.
                if matches!(&self.phase, Phase::Locked { lock } if lock.kind.is_none()) {
                    self.awaiting = Some(Awaiting::KeyToUnlock);
                    self.effects.push(Effect::LoadKey {
                        biometric: self.preferences.biometric_key,
                    });
                }
                Ok(())
            }
            Action::Unlock { mut secret } => {
                let outcome =
                    crate::lock::unlock(&self.data_dir, &secret, self.now(), self.language);
                zeroize::Zeroize::zeroize(&mut secret);
                self.unlock_outcome(outcome?)
            }
            Action::LockNow => {
                self.lock();
                Ok(())
            }
            Action::WentToBackground { at } => {
                self.pause_dictation();
                if self.core.is_some() {
                    let grace = self.grace();
                    let decision = self.away.went_away(at, grace);
                    self.apply(decision);
                }
                Ok(())
            }
            Action::CameBack { at } => {
                self.delete_shared_files();
                if self.core.is_some() {
                    let grace = self.grace();
                    match self.away.came_back(at, grace) {
                        LockDecision::Lock => self.lock(),
                        LockDecision::StayOpen { .. } => self.refresh_reminders(),
                    }
                }
                Ok(())
            }
            Action::HandingOff { at } => {
                self.away.handing_off(at);
                Ok(())
            }
            Action::LockCheckDue { at } => {
                if self.core.is_some() && self.away.since.is_some() {
                    let decision = self.away.decide(at, self.grace());
                    self.apply(decision);
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Moving between screens, help now, links and a counsellor's codes.
    pub(super) fn moving_action(&mut self, action: Action) -> Done {
        match action {
            Action::Show { destination } => self.show(destination),
            Action::OpenShortcut { destination } => self.show(match destination {
                HomeDestination::CheckIn => Destination::CheckIn,
                HomeDestination::AngerMoment => Destination::AngerMoment,
                HomeDestination::Journal => Destination::Journal,
                HomeDestination::Insights => Destination::Insights {
                    range: InsightRange::Month,
                },
                HomeDestination::Plans => Destination::Plans,
                HomeDestination::Path => Destination::PhaseMap,
            }),
            Action::Back => self.back(),
            Action::GoHome => self.go_home(),
            Action::Reload => self.reload_top(),
            Action::DismissNotice => {
                self.notice = None;
                Ok(())
            }
            Action::OpenHelp => self.open_help(),
            Action::ShowHelpNow { situation } => {
                self.notice = None;
                self.show_help_now(situation)
            }
            Action::CloseHelpBeforeUnlock => {
                self.help_before_unlock = None;
                self.help_details = false;
                Ok(())
            }
            Action::ShowHelpDetails => {
                if let Some(shown) = &self.help_before_unlock {
                    let (region, situation) = (
                        shown.region.as_ref().map(|r| r.code.clone()),
                        shown.situation,
                    );
                    self.help_details = true;
                    self.help_before_unlock = Some(self.help_from_content(region, situation)?);
                }
                Ok(())
            }
            Action::ChooseRegion { code } => self.choose_region(code),
            Action::FollowLink { link } => match link {
                crate::curriculum::SpanLink::HelpNow { situation } => self.show_help_now(situation),
                crate::curriculum::SpanLink::Web { url } => {
                    self.effects.push(Effect::OpenUrl { url });
                    Ok(())
                }
            },
            Action::OpenLink { url } => self.open_link(url),
            Action::OpenCode { text } => {
                let recommendation = crate::ffi::read_recommendation_code(text.clone())?;
                self.opened()?;
                let help = self.opened()?.help_button()?;
                self.push_given(
                    Route::Recommendation { code: text },
                    AppScreen::Recommendation {
                        recommendation,
                        help,
                    },
                );
                Ok(())
            }
            Action::AcceptRecommendation => {
                let Some(Route::Recommendation { code }) = self.top_route().cloned() else {
                    return Ok(());
                };
                let home = self.opened()?.accept_recommendation(code)?;
                self.show_home(home);
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// What he writes down: check-ins and their safety questions, anger moments, the journal, insights' range and his plans.
    pub(super) fn writing_action(&mut self, action: Action) -> Done {
        match action {
            Action::SubmitCheckIn { input } => self.submit_check_in(input),
            Action::AnswerSafetyQuestions {
                self_harm,
                hurt_someone,
            } => {
                let Some(AppScreen::SafetyQuestions { questions }) = self.top_screen() else {
                    return Ok(());
                };
                let id = questions.check_in_id;
                let follow_up = self.opened()?.answer_safety_questions(
                    id,
                    self_harm,
                    hurt_someone,
                    self.locale.clone(),
                )?;
                match follow_up.help_now {
                    Some(help) => self
                        .replace_top(Route::HelpNow(help.situation), AppScreen::HelpNow { help }),
                    None => {
                        self.go_home()?;
                        if let Some(text) = follow_up.message {
                            self.say(text);
                        }
                    }
                }
                Ok(())
            }
            Action::RecordAngerMoment { input } => {
                let outcome = self.opened()?.submit_anger_moment(input)?;
                self.after_saving(outcome.crisis_answer)
            }
            Action::SaveJournalEntry { input } => {
                let core = self.opened()?;
                let editing = match self.top_screen() {
                    Some(AppScreen::JournalEditor { entry, .. }) => entry.as_ref().map(|e| e.id),
                    _ => return Ok(()),
                };
                let kept = match editing {
                    Some(_) => None,
                    None => self.kept_recording(),
                };
                let outcome = match (editing, kept) {
                    (Some(id), _) => core.submit_journal_edit(id, input.body, input.tags)?,
                    (None, Some(recording)) => {
                        core.submit_journal_entry_with_recording(input, recording)?
                    }
                    (None, None) => core.submit_journal_entry(input)?,
                };
                self.after_saving(outcome.crisis_answer)
            }
            Action::DeleteJournalEntry => {
                let Some(id) = self.entry_on_top() else {
                    return Ok(());
                };
                self.opened()?.delete_journal_entry(id)?;
                self.back()
            }
            Action::LoadMoreJournal => self.load_more_journal(),
            Action::FilterJournal { filter } => {
                if !matches!(self.top_screen(), Some(AppScreen::Journal { .. })) {
                    return Ok(());
                }
                let screen = self.journal_screen(filter)?;
                self.replace_top_screen(screen.0, Some(Route::Journal { cursor: screen.1 }));
                Ok(())
            }
            Action::SearchJournal { query } => {
                let Some(AppScreen::JournalSearch { help, .. }) = self.top_screen() else {
                    return Ok(());
                };
                let help = help.clone();
                let hits = if query.is_empty() {
                    Vec::new()
                } else {
                    self.opened()?.search_journal(query.clone(), SEARCH_LIMIT)?
                };
                self.replace_top_screen(AppScreen::JournalSearch { query, hits, help }, None);
                Ok(())
            }
            Action::AddOwnPrompt { text } => {
                self.opened()?.add_own_prompt(text)?;
                self.reload_top()
            }
            Action::ShowInsightsRange { range } => {
                if !matches!(self.top_screen(), Some(AppScreen::Insights { .. })) {
                    return Ok(());
                }
                self.replace_top_route(Route::Insights(range))
            }
            Action::SaveDocument { values } => {
                let Some(AppScreen::Plan { document, help }) = self.top_screen() else {
                    return Ok(());
                };
                let (id, help) = (document.id.clone(), help.clone());
                let document = self.opened()?.save_living_document(id, values)?;
                self.replace_top_screen(AppScreen::Plan { document, help }, None);
                self.say(self.language.say("saved"));
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Onboarding, the modules and their lessons, the new-dad track, home's cards and questions, and what follows a crisis answer.
    pub(super) fn path_action(&mut self, action: Action) -> Done {
        match action {
            Action::CompleteOnboarding { choices, lock } => self.complete_onboarding(choices, lock),
            Action::OpenModule { module_id } => {
                let opening = self.opened()?.open_module(module_id)?;
                let (route, screen) = opening_screen(opening);
                self.push_given(route, screen);
                Ok(())
            }
            Action::AskHomeSafetyQuestion => {
                let Some(AppScreen::ModuleCompletion { completion }) = self.top_screen() else {
                    return Ok(());
                };
                if let Some(question) = completion.home_safety_question.clone() {
                    self.push_given(Route::Given, AppScreen::HomeSafetyQuestion { question });
                }
                Ok(())
            }
            Action::AnswerHomeSafetyQuestion { answer } => self.answer_home_safety(answer),
            Action::SaveAnswer {
                answer,
                module_id,
                step_index,
            } => {
                let Some(AppScreen::LessonStep { step, .. }) = self.top_screen() else {
                    return Ok(());
                };
                if step.module_id != module_id || step.step_index != step_index {
                    return Ok(());
                }
                let step = self.opened()?.save_answer(module_id, step_index, answer)?;
                self.replace_top_screen(AppScreen::lesson_step(step), None);
                Ok(())
            }
            Action::ContinueLesson { answer } => self.continue_lesson(answer),
            Action::GoToStep { index } => {
                let Some(AppScreen::LessonStep { step, .. }) = self.top_screen() else {
                    return Ok(());
                };
                let module_id = step.module_id.clone();
                let step = self.opened()?.go_to_step(module_id, index)?;
                self.replace_top(Route::Given, AppScreen::lesson_step(step));
                Ok(())
            }
            Action::OpenDadMoodCheck => self.push(Route::DadMoodCheck),
            Action::AnswerDadMoodCheck { answers } => {
                if !matches!(self.top_screen(), Some(AppScreen::DadMoodCheck { .. })) {
                    return Ok(());
                }
                let follow_up = self
                    .opened()?
                    .answer_dad_mood_check(answers, self.locale.clone())?;
                match follow_up.help_now {
                    Some(help) => self
                        .replace_top(Route::HelpNow(help.situation), AppScreen::HelpNow { help }),
                    None => self.go_home()?,
                }
                self.say(follow_up.message);
                Ok(())
            }
            Action::SkipDadMoodCheck => {
                let home = self.opened()?.skip_dad_mood_check()?;
                self.show_home(home);
                Ok(())
            }
            Action::DismissPeerGroupsCard => {
                let home = self.opened()?.dismiss_peer_groups_card()?;
                self.show_home(home);
                Ok(())
            }
            Action::AnswerBabyArrival { answer } => {
                let outcome = self
                    .opened()?
                    .answer_baby_arrival(answer, self.locale.clone())?;
                self.refresh_reminders();
                self.go_home()?;
                match outcome.loss {
                    Some(loss) => self.push_given(Route::Given, AppScreen::BabyLoss { loss }),
                    None => self.say(outcome.message),
                }
                Ok(())
            }
            Action::ResumeTrack {
                track_id,
                baby_date,
            } => {
                let home = self.opened()?.resume_track(track_id, baby_date)?;
                self.refresh_reminders();
                self.show_home(home);
                self.say(self.language.say("saved"));
                Ok(())
            }
            Action::CloseCrisisAnswer => {
                if matches!(self.top_screen(), Some(AppScreen::CrisisAnswer { .. })) {
                    self.back()?;
                }
                Ok(())
            }
            Action::OpenPlan { document_id } => self.push(Route::Plan(document_id)),
            Action::AnswerFollowUp { answer } => {
                let outcome = self.opened()?.answer_crisis_follow_up(answer)?;
                self.go_home()?;
                if let Some(answer) = outcome.answer {
                    self.push_given(Route::Given, AppScreen::CrisisAnswer { answer });
                } else if let Some(plan) = outcome.plan_link {
                    self.push(Route::Plan(plan.document_id))?;
                }
                self.say(outcome.message);
                Ok(())
            }
            Action::SetCrisisFollowUp { on } => {
                let said = self.opened()?.set_crisis_follow_up(on)?;
                self.reload_top()?;
                if let Some(text) = said {
                    self.say(text);
                }
                Ok(())
            }
            Action::SetCommitmentState { id, state } => {
                let home = self.opened()?.set_commitment_state(id, state)?;
                if let Some(root) = self.stack.first_mut() {
                    root.screen = AppScreen::Home { home };
                }
                self.refresh_reminders();
                Ok(())
            }
            Action::AnswerWeekReview { id, outcome } => {
                let reply = self.opened()?.answer_week_review(id, outcome)?;
                let home = self.opened()?.home_screen()?;
                if let Some(root) = self.stack.first_mut() {
                    root.screen = AppScreen::Home { home };
                }
                self.say(reply.message);
                Ok(())
            }
            Action::MarkRepairDone { id } => {
                let language = self.opened()?.language();
                self.opened()?.mark_repair_done(id)?;
                self.reload_top()?;
                self.say(crate::anger::repair_done_message(language));
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Settings: reminders, discreet mode, the app lock, content packs, backup, export and erasing everything.
    pub(super) fn settings_action(&mut self, action: Action) -> Done {
        match action {
            Action::SaveReminderSettings { settings } => self.save_reminder_settings(settings),
            Action::SetDiscreet { on } => {
                let mut settings = self.opened()?.reminder_settings()?;
                settings.discreet = on;
                self.save_reminder_settings(settings)
            }
            Action::SetLockGrace { grace } => {
                self.opened()?.set_lock_grace(grace)?;
                self.reload_top()?;
                self.say(self.language.say("saved"));
                Ok(())
            }
            Action::SetAppLock {
                mut secret,
                erase_after,
            } => {
                let result = self.set_app_lock(&secret, erase_after);
                zeroize::Zeroize::zeroize(&mut secret);
                result?;
                self.reload_top()
            }
            Action::ChangeAppLock { mut old, mut new } => {
                let outcome = crate::lock::change_lock_with(
                    &self.data_dir,
                    &old,
                    &new,
                    self.kdf,
                    self.now(),
                    self.language,
                );
                zeroize::Zeroize::zeroize(&mut old);
                zeroize::Zeroize::zeroize(&mut new);
                self.settings_outcome(outcome?, &self.language.say("saved"))
            }
            Action::RemoveAppLock { secret } => {
                self.opened()?;
                let outcome =
                    crate::lock::unlock(&self.data_dir, &secret, self.now(), self.language)?;
                match outcome {
                    UnlockOutcome::Unlocked { key } => {
                        let key = Zeroizing::new(key);
                        self.effects.push(Effect::StoreKey {
                            key: key.to_vec(),
                            biometric: false,
                        });
                        self.awaiting = Some(Awaiting::RemoveLock(secret));
                        Ok(())
                    }
                    other => {
                        let mut secret = secret;
                        zeroize::Zeroize::zeroize(&mut secret);
                        self.settings_outcome(other, &self.language.say("lock-removed"))
                    }
                }
            }
            Action::SetBiometricKey { on } => {
                if self.opened()?.app_lock_set() {
                    // The key store does not hold the key while a lock does; putting it back
                    // would open the app without the PIN.
                    return Err(crate::base::error::Error::invalid(
                        "biometric",
                        crate::base::error::Reason::new("lock-biometric-needs-no-lock"),
                    )
                    .into());
                }
                let key = self.held_key()?;
                self.effects.push(Effect::StoreKey { key, biometric: on });
                self.awaiting = Some(Awaiting::Biometric(on));
                Ok(())
            }
            Action::PreviewPack { bundle } => self.push(Route::InstallPack(bundle)),
            Action::ConfirmPackInstall { secret } => self.confirm_pack_install(secret),
            Action::RemoveInstalledPack => {
                let status = self.opened()?.remove_installed_pack()?;
                self.reload_top()?;
                self.say(status.summary);
                Ok(())
            }
            Action::MakeBackup { passphrase } => {
                let file = self.opened()?.backup(passphrase)?;
                self.share(file.file_name, file.mime_type, file.contents);
                Ok(())
            }
            Action::RestoreBackup {
                bytes,
                passphrase,
                mode,
            } => {
                let summary = self.opened()?.restore(bytes, passphrase, mode)?;
                self.refresh_reminders();
                self.reload_top()?;
                self.say(summary.message);
                Ok(())
            }
            Action::Export { format } => {
                let file = self.opened()?.export(format)?;
                self.share(file.file_name, file.mime_type, file.contents.into_bytes());
                Ok(())
            }
            Action::EraseEverything => {
                match self.core.take() {
                    Some(core) => {
                        core.erase_everything()?;
                        core.close();
                    }
                    None => {
                        crate::ffi::erase_data_dir(self.data_dir.to_string_lossy().into_owned())?
                    }
                }
                self.forget_device();
                self.start()
            }
            Action::RefreshReminders => {
                self.refresh_reminders();
                Ok(())
            }
            _ => Ok(()),
        }
    }
}
