//! Native tests of the public API on news-style fixtures written for this project.
#![cfg(not(target_arch = "wasm32"))]

use precis::{extract_entities, split_sentences, summarize, Length, SummaryOptions};

const BRIDGE: &str = include_str!("fixtures/harbor_bridge.txt");
const CEASEFIRE: &str = include_str!("fixtures/ceasefire_talks.txt");

fn texts<'a>(sentences: &[precis::Sentence<'a>]) -> Vec<&'a str> {
    sentences.iter().map(|s| s.text).collect()
}

#[test]
fn sentences_of_a_news_story() {
    let sentences = split_sentences(BRIDGE).unwrap();
    let all = texts(&sentences);
    assert_eq!(all[0], "Council Approves Harbor Bridge Replacement After Decade of Delays", "headline alone");
    assert_eq!(
        all[1],
        "The Port Alder city council voted 7-2 on Tuesday to replace the Harbor Street Bridge, \
         ending more than ten years of debate over the corroded 1961 span."
    );
    assert!(all.contains(&"Mayor Elena R. Vasquez called the vote \"the most important decision this council has made in a generation.\""));
    assert!(all.contains(&"The new bridge will cost $412.5 million, with 60% of the money coming from the U.S. Department of Transportation."));
    assert!(all.contains(&"Dr. Samuel K. Okafor, who led the inspection, told the council the bridge could stay open only with a 10-ton weight limit."));
    assert!(all.contains(&"The city will hold three public meetings on the design, the first on Jan. 14 at the Port Alder Public Library."));
    assert_eq!(sentences.len(), 17);
    for (i, s) in sentences.iter().enumerate() {
        assert_eq!(s.index, i);
        assert_eq!(&BRIDGE[s.start..s.end], s.text);
    }
}

#[test]
fn initials_and_titles_stay_inside_sentences() {
    let all = texts(&split_sentences(CEASEFIRE).unwrap());
    assert!(all.contains(&"Secretary of State Daniel P. Whitfield said on Sunday that the U.S. would contribute $75 million if an agreement was reached."));
    assert!(all.contains(&"Gen. Viktor Hale, who leads the government delegation, told reporters that his side would accept a ceasefire only if rebel units withdrew from the main highway."));
    assert!(all.contains(&"Diallo met separately with each delegation before the joint session began at 10 a.m."));
    assert!(all.contains(&"\"A withdrawal before a ceasefire is not a ceasefire, it is a surrender,\" Moss said."));
}

#[test]
fn summaries_are_in_document_order_and_respect_each_length_form() {
    let n = split_sentences(BRIDGE).unwrap().len();
    for (options, expected) in [
        (SummaryOptions::sentences(3), 3),
        (SummaryOptions::sentences(100), n),
        (SummaryOptions::ratio(0.5), n.div_ceil(2)),
        (SummaryOptions::ratio(1.0), n),
        (SummaryOptions::default(), ((n as f64) * 0.2).round() as usize),
    ] {
        let summary = summarize(BRIDGE, &options).unwrap();
        assert_eq!(summary.sentences.len(), expected, "{options:?}");
        assert!(summary.sentences.windows(2).all(|w| w[0].sentence.index < w[1].sentence.index));
        assert_eq!(summary.stats.sentences, n);
    }
}

#[test]
fn word_budget_is_never_exceeded() {
    for budget in [5, 30, 60, 120] {
        let summary = summarize(CEASEFIRE, &SummaryOptions::max_words(budget)).unwrap();
        let words: usize = summary.sentences.iter().map(|s| s.sentence.text.split_whitespace().count()).sum();
        assert!(words <= budget, "{words} words for a budget of {budget}");
        if budget >= 60 {
            assert!(summary.sentences.len() >= 2, "budget {budget} fits at least two sentences");
        }
    }
}

#[test]
fn the_lead_and_the_central_sentences_are_chosen() {
    let summary = summarize(CEASEFIRE, &SummaryOptions::sentences(2)).unwrap();
    assert_eq!(summary.sentences[0].sentence.index, 0, "the lead states the news");
    let scores: Vec<f64> = summary.sentences.iter().map(|s| s.score).collect();
    assert!(scores.iter().all(|&s| s > 0.0 && s <= 1.0), "{scores:?}");
}

#[test]
fn summaries_are_deterministic() {
    let a = summarize(BRIDGE, &SummaryOptions::default()).unwrap();
    let b = summarize(BRIDGE, &SummaryOptions::default()).unwrap();
    assert_eq!(a, b);
}

#[test]
fn key_entities_of_a_news_story() {
    let entities = extract_entities(CEASEFIRE).unwrap();
    let find = |name: &str| entities.iter().find(|e| e.text == name).unwrap_or_else(|| panic!("{name} missing"));
    assert_eq!(find("Amara N. Diallo").count, 3, "full name, \"Diallo\" and \"Diallo's\"");
    assert_eq!(find("Lena Moss").count, 2);
    assert_eq!(find("Daniel P. Whitfield").count, 2);
    assert_eq!(find("U.S.").count, 2);
    assert!(entities.iter().any(|e| e.text == "Geneva"));
    assert!(entities.iter().any(|e| e.text == "African Union"));
    assert_eq!(entities[0].text, "Amara N. Diallo", "the most mentioned name ranks first");
    for e in &entities {
        assert_eq!(e.count, e.mentions.len());
        assert!(
            !["Talks", "The", "Monday", "April", "Foreign Minister Amara N. Diallo"].contains(&e.text.as_str()),
            "junk {}",
            e.text
        );
    }
    let diallo = find("Amara N. Diallo");
    let mentions: Vec<&str> = diallo.mentions.iter().map(|m| &CEASEFIRE[m.start..m.end]).collect();
    assert_eq!(mentions, ["Amara N. Diallo", "Diallo", "Diallo"]);
}

#[test]
fn the_summary_lists_the_key_entities() {
    let summary = summarize(BRIDGE, &SummaryOptions::sentences(3)).unwrap();
    let names: Vec<&str> = summary.entities.iter().map(|e| e.text.as_str()).collect();
    assert!(names.len() <= 10);
    for name in ["Elena R. Vasquez", "Maria Delgado", "Port Alder", "U.S. Department of Transportation"] {
        assert!(names.contains(&name), "{name} missing from {names:?}");
    }
    let all = extract_entities(BRIDGE).unwrap();
    assert!(all.iter().any(|e| e.text == "Halvorsen & Co."));
    assert!(!all.iter().any(|e| ["Jan", "Jan.", "March", "Tuesday", "Council"].contains(&e.text.as_str())));
}

#[test]
fn empty_text_gives_an_empty_summary() {
    for text in ["", "   ", "\n\n\t"] {
        let summary = summarize(text, &SummaryOptions::sentences(3)).unwrap();
        assert!(summary.sentences.is_empty() && summary.entities.is_empty());
        assert_eq!(summary.stats.words, 0);
    }
}

#[test]
fn invalid_options_are_errors() {
    assert!(summarize(BRIDGE, &SummaryOptions::sentences(0)).is_err());
    assert!(summarize(BRIDGE, &SummaryOptions { length: Length::Ratio(0.0), ..SummaryOptions::default() }).is_err());
    assert!(summarize(BRIDGE, &SummaryOptions::ratio(f64::INFINITY)).is_err());
    assert!(summarize(BRIDGE, &SummaryOptions::max_words(0)).is_err());
}

#[test]
fn public_types_are_thread_safe() {
    fn assert_all<T: Send + Sync + std::panic::UnwindSafe>() {}
    assert_all::<precis::Summary<'static>>();
    assert_all::<precis::Entity>();
    assert_all::<precis::Error>();
    assert_all::<SummaryOptions>();
}

#[test]
fn focus_prefers_sentences_about_it() {
    let plain = summarize(BRIDGE, &SummaryOptions::sentences(2)).unwrap();
    assert!(!plain.sentences.iter().any(|s| s.sentence.text.contains("ferry")));
    let options = SummaryOptions { focus: Some("ferry".into()), ..SummaryOptions::sentences(2) };
    let focused = summarize(BRIDGE, &options).unwrap();
    assert!(focused.sentences.iter().any(|s| s.sentence.text.contains("ferry")), "{focused:?}");
    let stemmed = SummaryOptions { focus: Some("ferries".into()), ..SummaryOptions::sentences(2) };
    assert_eq!(summarize(BRIDGE, &stemmed).unwrap().sentences, focused.sentences, "focus terms are stemmed");
}

#[test]
fn the_language_is_detected_and_can_be_overridden() {
    let french = "Le conseil municipal a voté mardi pour remplacer le pont du port. \
                  Le nouveau pont coûtera 412 millions d'euros. Les travaux dureront quatre ans.";
    assert_eq!(summarize(french, &SummaryOptions::default()).unwrap().language, precis::Language::French);
    let forced = SummaryOptions { language: Some(precis::Language::English), ..SummaryOptions::default() };
    assert_eq!(summarize(french, &forced).unwrap().language, precis::Language::English);
    let chinese = "市议会周二投票决定更换港口大桥。新桥将耗资四亿元。工程将持续四年。";
    let summary = summarize(chinese, &SummaryOptions::sentences(1)).unwrap();
    assert_eq!(summary.language, precis::Language::Chinese);
    assert_eq!(summary.stats.sentences, 3);
}

/// A meeting transcript that opens with greetings and small talk before its business.
const MEETING: &str = "\
Dana: Hi everyone, thanks for joining.
Luis: Hi Dana.
Priya: Morning, all.
Dana: Okay, let's get started.
Luis: The warehouse migration slipped by two weeks because the new inventory scanners failed their accuracy tests.
Priya: The scanner vendor promised replacement firmware, but the inventory counts are still off by three percent in the test warehouse.
Dana: Then we keep the old scanners in the main warehouse until the firmware passes the accuracy tests twice.
Luis: That means the migration budget needs another forty thousand dollars for overtime at the warehouse.
Priya: I can ask finance to move the overtime money from the training budget.
Dana: Good, I'll tell the board the warehouse migration is two weeks late and the budget change is covered.
Luis: Sounds good.
Dana: Thanks, everyone, bye.
";

#[test]
fn a_meeting_summary_skips_the_opening_greetings() {
    let options = SummaryOptions { length: Length::Sentences(3), ..SummaryOptions::default() };
    let summary = summarize(MEETING, &options).unwrap();
    let chosen: Vec<&str> = summary.sentences.iter().map(|s| s.sentence.text).collect();
    assert_eq!(chosen.len(), 3);
    for greeting in ["Dana: Hi everyone, thanks for joining.", "Luis: Hi Dana.", "Priya: Morning, all."] {
        assert!(!chosen.contains(&greeting), "{greeting:?} chosen in {chosen:#?}");
    }
    assert!(chosen.iter().all(|s| s.contains("warehouse") || s.contains("scanner")), "{chosen:#?}");
}

/// A recorded meeting as transcribed: a microphone check, many backchannels, and the
/// business in a few long turns, one of them split over sentences.
const RECORDED_MEETING: &str = "\
Grad A: OK, we're on.
Grad E: Check one. Check one.
Grad A: So just make sure your wireless mike is on, if you're wearing one.
Grad B: Which is my channel?
Grad A: Number one.
Professor C: Yeah.
Grad B: Okay.
Professor C: So the parser now handles German compounds, and the ontology lookup runs on every parsed utterance before the dialogue manager sees it.
Grad B: Right.
Grad E: Mm-hmm.
Grad B: The ontology lookup is slow, though. It takes two seconds per utterance because every compound goes through the full parser again.
Professor C: Yeah.
Grad E: Okay.
Professor C: Then we cache the parsed compounds, so the ontology lookup only sees each compound once per session.
Grad A: Right.
Grad B: Yeah.
Grad E: I'll write the compound cache this week and measure the parser again on the German test dialogues.
Grad A: Okay.
";

#[test]
fn a_recorded_meeting_summary_skips_the_microphone_check_and_backchannels() {
    let summary = summarize(RECORDED_MEETING, &SummaryOptions::sentences(3)).unwrap();
    let chosen: Vec<&str> = summary.sentences.iter().map(|s| s.sentence.text).collect();
    assert_eq!(chosen.len(), 3);
    assert!(chosen.iter().all(|s| s.contains("compound") || s.contains("ontology")), "{chosen:#?}");
}
