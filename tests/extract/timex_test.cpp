// Time expressions: a table of sentences of our own, each with the article date, the
// expression that must be found, its TIMEX3 type and its value; then sentences that must yield
// no time expression at all.
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "tkg/extract/reader.hpp"
#include "tkg/extract/timex.hpp"

using tkg::extract::find_timexes;
using tkg::extract::Timex;

namespace {

struct Case {
    const char* anchor;  // article date, "" for none
    const char* sentence;
    const char* text;  // the expression's exact text
    const char* type;
    const char* value;
};

// clang-format off
const std::vector<Case> kCases = {
    // Absolute dates
    {"2023-11-12", "The vote was held on Nov. 12, 2023, in Ohio.", "Nov. 12, 2023", "DATE", "2023-11-12"},
    {"2023-11-12", "The vote was held on November 12, 2023.", "November 12, 2023", "DATE", "2023-11-12"},
    {"2023-11-12", "It opened on 12 November 2023.", "12 November 2023", "DATE", "2023-11-12"},
    {"2023-11-12", "The form is dated 11/12/2023.", "11/12/2023", "DATE", "2023-11-12"},
    {"2023-11-12", "The form is dated 25/12/2023.", "25/12/2023", "DATE", "2023-12-25"},
    {"2023-11-12", "The filing is dated 2023-11-12.", "2023-11-12", "DATE", "2023-11-12"},
    {"2023-11-12", "Figures for 2023-10 came out.", "2023-10", "DATE", "2023-10"},
    {"2023-11-12", "It was signed on 3/4/21.", "3/4/21", "DATE", "2021-03-04"},
    {"2023-11-12", "Hamas attacked Israel on Oct. 7.", "Oct. 7", "DATE", "2023-10-07"},
    {"2023-11-12", "Hamas attacked Israel on October 7th.", "October 7th", "DATE", "2023-10-07"},
    {"2023-11-12", "Hamas attacked on the 7th of October.", "the 7th of October", "DATE", "2023-10-07"},
    {"2023-11-12", "They met on 7 October.", "7 October", "DATE", "2023-10-07"},
    {"2023-11-12", "The bombardment has continued since Oct. 7.", "Oct. 7", "DATE", "2023-10-07"},
    // A deadline for an act still to come lies ahead even after a past verb; one a past act met
    // lies behind.
    {"2024-03-12", "Maldives asked India to withdraw its troops by March 15.", "March 15", "DATE", "2024-03-15"},
    {"2024-03-12", "Israel had withdrawn its troops by June 1.", "June 1", "DATE", "2023-06-01"},
    // So is the time of an act somebody is asked or invited to do.
    {"2023-11-05", "Biden invited Modi to visit Washington in June.", "June", "DATE", "2024-06"},
    {"2023-11-05", "Russia agreed to withdraw in June.", "June", "DATE", "2023-06"},
    // A date with the year said relative to the article's ("Oct. 7" was this year's).
    {"2023-11-15", "Hamas attacked Israel on Oct. 7 last year.", "Oct. 7 last year", "DATE", "2022-10-07"},
    {"2023-11-15", "They will meet on March 3 next year.", "March 3 next year", "DATE", "2024-03-03"},
    {"2023-11-15", "The vote is on June 5 this year.", "June 5 this year", "DATE", "2023-06-05"},
    {"2023-11-15", "It happened in May of last year.", "May of last year", "DATE", "2022-05"},
    {"2023-11-15", "They met on 7 October last year.", "7 October last year", "DATE", "2022-10-07"},
    {"2023-11-12", "The summit was held on Dec. 3.", "Dec. 3", "DATE", "2022-12-03"},
    {"2023-11-12", "The summit will be held on Dec. 3.", "Dec. 3", "DATE", "2023-12-03"},
    {"2023-11-12", "The talks will resume on Jan. 9.", "Jan. 9", "DATE", "2024-01-09"},
    {"2023-11-12", "The talks resumed on Jan. 9.", "Jan. 9", "DATE", "2023-01-09"},
    {"2023-11-12", "The report is to be released on Nov. 20.", "Nov. 20", "DATE", "2023-11-20"},
    {"2023-11-12", "He was born on February 24, 1955.", "February 24, 1955", "DATE", "1955-02-24"},
    {"2023-11-12", "She won in November 2020.", "November 2020", "DATE", "2020-11"},
    {"2023-11-12", "She won in Nov. 2020.", "Nov. 2020", "DATE", "2020-11"},
    {"2023-11-12", "Sales fell in September.", "September", "DATE", "2023-09"},
    {"2023-11-12", "Sales fell in February.", "February", "DATE", "2023-02"},
    {"2023-11-12", "The law takes effect in January.", "January", "DATE", "2024-01"},
    {"2023-11-12", "The law will take effect in March.", "March", "DATE", "2024-03"},
    {"2023-11-12", "The law took effect in March.", "March", "DATE", "2023-03"},
    {"2023-11-12", "Elections are due in December.", "December", "DATE", "2023-12"},
    {"2023-11-12", "Prices rose in mid-October.", "mid-October", "DATE", "2023-10"},
    {"2023-11-12", "Fighting began in early October.", "early October", "DATE", "2023-10"},
    {"2023-11-12", "Fighting eased in late October.", "late October", "DATE", "2023-10"},
    {"2023-11-12", "It ran from May 3 to May 9.", "May 3", "DATE", "2023-05-03"},
    {"2023-11-12", "He resigned in May.", "May", "DATE", "2023-05"},
    {"2023-11-12", "They met in August 2019.", "August 2019", "DATE", "2019-08"},
    {"2023-11-12", "Nothing changed by the end of November.", "the end of November", "DATE", "2023-11"},
    {"2023-11-12", "Sales peaked on Sept. 30.", "Sept. 30", "DATE", "2023-09-30"},
    {"2023-11-12", "SEPT. 30 is the deadline.", "SEPT. 30", "DATE", "2023-09-30"},
    // Years, decades, centuries, fiscal years, quarters, seasons
    {"2023-11-12", "Muslim voters backed Biden in 2020.", "2020", "DATE", "2020"},
    {"2023-11-12", "They campaigned for him during the 2020 election.", "2020", "DATE", "2020"},
    {"2023-11-12", "They are expected to back him again in 2024.", "2024", "DATE", "2024"},
    {"2023-11-12", "The firm was founded in 1976 in a garage.", "1976", "DATE", "1976"},
    {"2023-11-12", "Growth slowed in late 2023.", "late 2023", "DATE", "2023"},
    {"2023-11-12", "Growth slowed in early 2009.", "early 2009", "DATE", "2009"},
    {"2023-11-12", "The plant opens in mid-2025.", "mid-2025", "DATE", "2025"},
    {"2023-11-12", "It was popular in the 1990s.", "the 1990s", "DATE", "199"},
    {"2023-11-12", "It was popular in the '80s.", "the '80s", "DATE", "198"},
    {"2023-11-12", "Wars of the 21st century differ.", "the 21st century", "DATE", "20"},
    {"2023-11-12", "Wars of the twentieth century differ.", "the twentieth century", "DATE", "19"},
    {"2023-11-12", "Costs rose in fiscal 2024.", "fiscal 2024", "DATE", "FY2024"},
    {"2023-11-12", "Costs rose in FY2022.", "FY2022", "DATE", "FY2022"},
    {"2023-11-12", "Profits rose in Q3.", "Q3", "DATE", "2023-Q3"},
    {"2023-11-12", "Profits rose in Q2 2021.", "Q2 2021", "DATE", "2021-Q2"},
    {"2023-11-12", "Profits rose in the third quarter.", "the third quarter", "DATE", "2023-Q3"},
    {"2023-11-12", "Profits rose in the first quarter of 2022.", "the first quarter of 2022", "DATE", "2022-Q1"},
    {"2023-11-12", "Profits fell in the last quarter.", "the last quarter", "DATE", "2023-Q3"},
    {"2023-11-12", "Sales fell by the end of 2023.", "the end of 2023", "DATE", "2023"},
    {"2023-11-12", "Talks began at the beginning of the year.", "the beginning of the year", "DATE", "2023"},
    {"2023-11-12", "The offensive started in the summer of 2022.", "the summer of 2022", "DATE", "2022-SU"},
    {"2023-11-12", "The offensive started in summer 2022.", "summer 2022", "DATE", "2022-SU"},
    {"2023-11-12", "Crops failed last summer.", "last summer", "DATE", "2023-SU"},
    {"2023-11-12", "Rains came last autumn.", "last autumn", "DATE", "2022-FA"},
    {"2023-11-12", "The plant will reopen next spring.", "next spring", "DATE", "2024-SP"},
    {"2023-11-12", "The plant will reopen this winter.", "this winter", "DATE", "2023-WI"},
    {"2023-11-12", "Prices jumped in the fall.", "the fall", "DATE", "2023-FA"},
    {"2023-11-12", "Aid will arrive in early spring.", "early spring", "DATE", "2024-SP"},
    // Relative dates
    // "the next day" counts from the day the story named last, else from the article's date.
    {"2023-11-12", "They met on Tuesday. The next day they flew home.", "The next day", "DATE", "2023-11-08"},
    {"2023-11-12", "Talks began on Oct. 3, and the following day they broke down.", "the following day", "DATE", "2023-10-04"},
    {"2023-11-12", "He resigned on Nov. 1; the previous day he had met the king.", "the previous day", "DATE", "2023-10-31"},
    {"2023-11-12", "The leaders will meet the next day.", "the next day", "DATE", "2023-11-13"},
    {"2023-11-12", "The report came out today.", "today", "DATE", "2023-11-12"},
    {"2023-11-12", "The report came out yesterday.", "yesterday", "DATE", "2023-11-11"},
    {"2023-11-12", "The report comes out tomorrow.", "tomorrow", "DATE", "2023-11-13"},
    {"2023-11-12", "Staffers met earlier this month.", "earlier this month", "DATE", "2023-11"},
    {"2023-11-12", "Staffers will meet later this month.", "later this month", "DATE", "2023-11"},
    {"2023-11-12", "Staffers met this month.", "this month", "DATE", "2023-11"},
    {"2023-11-12", "Staffers met last month.", "last month", "DATE", "2023-10"},
    {"2023-11-12", "Staffers meet next month.", "next month", "DATE", "2023-12"},
    {"2023-12-05", "Staffers meet next month.", "next month", "DATE", "2024-01"},
    {"2023-11-12", "Voters may stay home next November.", "next November", "DATE", "2024-11"},
    {"2023-11-12", "Voters stayed home last November.", "last November", "DATE", "2022-11"},
    {"2023-11-12", "Voters stayed home last March.", "last March", "DATE", "2023-03"},
    {"2023-11-12", "Talks open next March.", "next March", "DATE", "2024-03"},
    {"2023-11-12", "They met last week.", "last week", "DATE", "2023-W44"},
    {"2023-11-12", "They meet this week.", "this week", "DATE", "2023-W45"},
    {"2023-11-12", "They meet next week.", "next week", "DATE", "2023-W46"},
    {"2023-11-12", "They met last year.", "last year", "DATE", "2022"},
    {"2023-11-12", "They meet next year.", "next year", "DATE", "2024"},
    {"2023-11-12", "They met this year.", "this year", "DATE", "2023"},
    {"2023-11-12", "They meet early next year.", "early next year", "DATE", "2024"},
    {"2023-11-12", "It rained last weekend.", "last weekend", "DATE", "2023-W44-WE"},
    {"2023-11-12", "It will rain this weekend.", "this weekend", "DATE", "2023-W45-WE"},
    {"2023-11-12", "Prices fell last decade.", "last decade", "DATE", "201"},
    {"2023-11-12", "They met two weeks ago.", "two weeks ago", "DATE", "2023-W43"},
    {"2023-11-12", "They met three days ago.", "three days ago", "DATE", "2023-11-09"},
    {"2023-11-12", "They met a year ago.", "a year ago", "DATE", "2022"},
    {"2023-11-12", "They met six months ago.", "six months ago", "DATE", "2023-05"},
    {"2023-11-12", "They met 10 years ago.", "10 years ago", "DATE", "2013"},
    {"2023-11-12", "They met years ago.", "years ago", "DATE", "PAST_REF"},
    {"2023-11-12", "They met a few weeks ago.", "few weeks ago", "DATE", "PAST_REF"},
    {"2023-11-12", "They will decide in three days.", "three days", "DATE", "2023-11-15"},
    {"2023-11-12", "They will decide two weeks from now.", "two weeks from now", "DATE", "2023-W47"},
    {"2023-11-12", "Aid will flow in the coming days.", "the coming days", "DATE", "FUTURE_REF"},
    {"2023-11-12", "Aid will flow in the coming weeks.", "the coming weeks", "DATE", "FUTURE_REF"},
    {"2023-11-12", "Protests spread in recent weeks.", "recent weeks", "DATE", "PAST_REF"},
    {"2023-11-12", "The plan is recently approved.", "recently", "DATE", "PAST_REF"},
    {"2023-11-12", "The talks are now over.", "now", "DATE", "PRESENT_REF"},
    {"2023-11-12", "The firm currently employs 40 people.", "currently", "DATE", "PRESENT_REF"},
    {"2023-11-12", "A deal could come soon.", "soon", "DATE", "FUTURE_REF"},
    {"2023-11-12", "Such wars may happen in the future.", "the future", "DATE", "FUTURE_REF"},
    {"2023-11-12", "Such wars happened in the past.", "the past", "DATE", "PAST_REF"},
    {"2023-11-12", "Few people read papers these days.", "these days", "DATE", "PRESENT_REF"},
    {"2023-11-12", "The system is at present broken.", "present", "DATE", "PRESENT_REF"},
    {"2023-11-12", "Sales grew more recently.", "more recently", "DATE", "PAST_REF"},
    // Weekdays by tense (2023-11-12 is a Sunday)
    {"2023-11-12", "The leaders met on Tuesday.", "Tuesday", "DATE", "2023-11-07"},
    {"2023-11-12", "The leaders will meet on Tuesday.", "Tuesday", "DATE", "2023-11-14"},
    {"2023-11-12", "The leaders met last Tuesday.", "last Tuesday", "DATE", "2023-11-07"},
    {"2023-11-12", "The leaders meet next Tuesday.", "next Tuesday", "DATE", "2023-11-14"},
    {"2023-11-12", "The leaders met on Saturday.", "Saturday", "DATE", "2023-11-11"},
    {"2023-11-12", "The trial is set to begin on Wednesday.", "Wednesday", "DATE", "2023-11-15"},
    {"2023-11-15", "Officials said Monday that talks failed.", "Monday", "DATE", "2023-11-13"},
    {"2023-11-15", "The group said Wednesday it would sue.", "Wednesday", "DATE", "2023-11-15"},
    {"2023-11-12", "They met Tuesday, Nov. 7, in Cairo.", "Tuesday, Nov. 7", "DATE", "2023-11-07"},
    {"2023-11-12", "They spoke Tues. about aid.", "Tues.", "DATE", "2023-11-07"},
    // Times of day
    {"2023-11-12", "The blast came at 4:49 PM.", "4:49 PM", "TIME", "2023-11-12T16:49"},
    {"2023-11-12", "The blast came at 4:49 p.m.", "4:49 p.m.", "TIME", "2023-11-12T16:49"},
    {"2023-11-12", "The blast came at 9 a.m.", "9 a.m.", "TIME", "2023-11-12T09:00"},
    {"2023-11-12", "The blast came at 11pm.", "11pm", "TIME", "2023-11-12T23:00"},
    {"2023-11-12", "The meeting ended at 12:30 am.", "12:30 am", "TIME", "2023-11-12T00:30"},
    {"2023-11-12", "The meeting ended at 16:30 local time.", "16:30", "TIME", "2023-11-12T16:30"},
    {"2023-11-12", "They left at noon.", "noon", "TIME", "2023-11-12T12:00"},
    {"2023-11-12", "They left at midnight.", "midnight", "TIME", "2023-11-12T24:00"},
    {"2023-11-12", "They met Tuesday morning.", "Tuesday morning", "TIME", "2023-11-07TMO"},
    {"2023-11-12", "They met Friday evening.", "Friday evening", "TIME", "2023-11-10TEV"},
    {"2023-11-12", "They met this morning.", "this morning", "TIME", "2023-11-12TMO"},
    {"2023-11-12", "They met last night.", "last night", "TIME", "2023-11-11TNI"},
    {"2023-11-12", "They meet tonight.", "tonight", "TIME", "2023-11-12TNI"},
    {"2023-11-12", "They met yesterday afternoon.", "yesterday afternoon", "TIME", "2023-11-11TAF"},
    {"2023-11-12", "On Nov. 3 at 2 p.m. the talks began.", "2 p.m.", "TIME", "2023-11-03T14:00"},
    // Durations
    {"2023-11-12", "He served a 25 year tenure at the State Department.", "25 year", "DURATION", "P25Y"},
    {"2023-11-12", "He served a 25-year tenure.", "25-year", "DURATION", "P25Y"},
    {"2023-11-12", "The siege lasted three months.", "three months", "DURATION", "P3M"},
    {"2023-11-12", "The siege lasted two years.", "two years", "DURATION", "P2Y"},
    {"2023-11-12", "The siege lasted 48 hours.", "48 hours", "DURATION", "PT48H"},
    {"2023-11-12", "The siege lasted 30 minutes.", "30 minutes", "DURATION", "PT30M"},
    {"2023-11-12", "The siege lasted a week.", "a week", "DURATION", "P1W"},
    {"2023-11-12", "The siege lasted ten days.", "ten days", "DURATION", "P10D"},
    {"2023-11-12", "The feud lasted more than a decade.", "more than a decade", "DURATION", "P10Y"},
    {"2023-11-12", "The feud lasted nearly two years.", "nearly two years", "DURATION", "P2Y"},
    {"2023-11-12", "The feud lasted about six weeks.", "about six weeks", "DURATION", "P6W"},
    {"2023-11-12", "The feud lasted at least five years.", "at least five years", "DURATION", "P5Y"},
    {"2023-11-12", "The deal covers up to three years.", "up to three years", "DURATION", "P3Y"},
    {"2023-11-12", "The feud lasted several years.", "several years", "DURATION", "PXY"},
    {"2023-11-12", "The feud lasted for decades.", "decades", "DURATION", "PXY"},
    {"2023-11-12", "It was a decades-long dispute.", "decades-long", "DURATION", "PXY"},
    {"2023-11-12", "They held a three-day summit.", "three-day", "DURATION", "P3D"},
    {"2023-11-12", "Output rose over the past two years.", "the past two years", "DURATION", "P2Y"},
    {"2023-11-12", "Output will rise over the next six months.", "the next six months", "DURATION", "P6M"},
    {"2023-11-12", "Output rose over the past decade.", "the past decade", "DURATION", "P10Y"},
    {"2023-11-12", "Output rose over the past week.", "the past week", "DURATION", "P1W"},
    {"2023-11-12", "They talked for a couple of weeks.", "a couple of weeks", "DURATION", "P2W"},
    {"2023-11-12", "They talked for a few days.", "a few days", "DURATION", "PXD"},
    {"2023-11-12", "The trial lasted two quarters.", "two quarters", "DURATION", "P6M"},
    {"2023-11-12", "The empire lasted three centuries.", "three centuries", "DURATION", "P300Y"},
    {"2023-11-12", "It took one year to build.", "one year", "DURATION", "P1Y"},
    {"2023-11-12", "It took 18 months to build.", "18 months", "DURATION", "P18M"},
    // Sets
    {"2023-11-12", "The board meets every year.", "every year", "SET", "P1Y"},
    {"2023-11-12", "The board meets each month.", "each month", "SET", "P1M"},
    {"2023-11-12", "The board meets every Tuesday.", "every Tuesday", "SET", "XXXX-WXX-2"},
    {"2023-11-12", "The board meets every two weeks.", "every two weeks", "SET", "P2W"},
    {"2023-11-12", "The board meets every morning.", "every morning", "SET", "TMO"},
    {"2023-11-12", "The board meets weekly.", "weekly", "SET", "P1W"},
    {"2023-11-12", "The board meets daily.", "daily", "SET", "P1D"},
    {"2023-11-12", "The board meets annually.", "annually", "SET", "P1Y"},
    {"2023-11-12", "The board meets quarterly.", "quarterly", "SET", "P3M"},
    {"2023-11-12", "It hosts an annual conference.", "annual", "SET", "P1Y"},
    {"2023-11-12", "The board meets once a week.", "once a week", "SET", "P1W"},
    {"2023-11-12", "The board meets twice a year.", "twice a year", "SET", "P1Y"},
    {"2023-11-12", "Fees are charged per month.", "per month", "SET", "P1M"},
    {"2023-11-12", "The fair is held every March.", "every March", "SET", "XXXX-03"},
    // Without an article date: relative values keep unknown parts, absolute ones normalize
    {"", "Hamas attacked Israel on Oct. 7.", "Oct. 7", "DATE", "XXXX-10-07"},
    {"", "Voters may stay home next November.", "next November", "DATE", "XXXX-11"},
    {"", "They met yesterday.", "yesterday", "DATE", "XXXX-XX-XX"},
    {"", "They met last week.", "last week", "DATE", "XXXX-WXX"},
    {"", "They met last year.", "last year", "DATE", "XXXX"},
    {"", "They met on Tuesday.", "Tuesday", "DATE", "XXXX-XX-XX"},
    {"", "The vote was held on Nov. 12, 2023.", "Nov. 12, 2023", "DATE", "2023-11-12"},
    {"", "Muslim voters backed Biden in 2020.", "2020", "DATE", "2020"},
    {"", "The siege lasted three months.", "three months", "DURATION", "P3M"},
    {"", "The board meets every year.", "every year", "SET", "P1Y"},
    {"", "Such wars happened recently.", "recently", "DATE", "PAST_REF"},
    {"", "They met two weeks ago.", "two weeks ago", "DATE", "XXXX-WXX"},
    // Year boundaries and other article dates
    {"2024-01-03", "The strikes began on Dec. 28.", "Dec. 28", "DATE", "2023-12-28"},
    {"2024-01-03", "They met last month.", "last month", "DATE", "2023-12"},
    {"2024-01-03", "They met last week.", "last week", "DATE", "2023-W52"},
    {"2024-01-03", "The vote comes next week.", "next week", "DATE", "2024-W02"},
    {"2024-01-03", "The vote came yesterday.", "yesterday", "DATE", "2024-01-02"},
    {"2024-01-03", "Crops failed last winter.", "last winter", "DATE", "2022-WI"},
    {"2023-12-31", "The vote comes tomorrow.", "tomorrow", "DATE", "2024-01-01"},
    {"2024-03-01", "The vote came yesterday.", "yesterday", "DATE", "2024-02-29"},
    {"2008-03-06", "Apple released the kit in June.", "June", "DATE", "2007-06"},
    {"2008-03-06", "Apple will release the kit in June.", "June", "DATE", "2008-06"},
    {"2008-04-09", "NPD released figures April 3.", "April 3", "DATE", "2008-04-03"},
    {"2010-06-16", "Sales began Tuesday.", "Tuesday", "DATE", "2010-06-15"},
    {"2010-07-17", "The event was held Friday morning.", "Friday morning", "TIME", "2010-07-16TMO"},
    {"2011-01-17", "Jobs announced Monday that he would take leave.", "Monday", "DATE", "2011-01-17"},
    {"2005-10-04", "The event is to be held on October 12.", "October 12", "DATE", "2005-10-12"},
    {"2019-06-01", "The election is in 2020.", "2020", "DATE", "2020"},
    {"2019-06-01", "Turnout fell in the 2016 vote.", "2016", "DATE", "2016"},
    {"2019-06-01", "They met on March 3.", "March 3", "DATE", "2019-03-03"},
    {"2019-06-01", "They will meet on March 3.", "March 3", "DATE", "2020-03-03"},
    {"2019-06-01", "It happened in the 1980s.", "the 1980s", "DATE", "198"},
    {"2019-06-01", "Wages rose over the past year.", "the past year", "DURATION", "P1Y"},
    {"2019-06-01", "A truce began this month.", "this month", "DATE", "2019-06"},
    {"2019-06-01", "Sanctions end next year.", "next year", "DATE", "2020"},
    {"2019-06-01", "The fund closed last quarter.", "last quarter", "DATE", "2019-Q1"},
    {"2019-06-01", "The fund closes this quarter.", "this quarter", "DATE", "2019-Q2"},
    {"2019-06-01", "The fund closes next quarter.", "next quarter", "DATE", "2019-Q3"},
};

// Sentences in which nothing is a time expression.
const std::vector<const char*> kNone = {
    "Officials may decide to act.",
    "The march on Washington drew thousands.",
    "Will Smith attended the gala.",
    "About 2,000 people were evacuated.",
    "The fund grew to 1.5 million dollars.",
    "Section 230 shields platforms.",
    "Call 555-0100 for details.",
    "They deployed 2020 troops to the border.",
    "The plane was a Boeing 737.",
    "Prime Minister Theresa May resigned.",
    "The fall of Kabul shocked allies.",
    "Spring water is sold there.",
    "He read The Daily Beast and the BBC.",
    "The score was 3-1.",
    "The company bought 1500 shares.",
    "She paid $2024 for it.",
    "Flight 2021 landed safely.",
    "It costs 30 percent more.",
    "They asked each other for help.",
    "The second round was tense.",
    "Room 1999 was empty.",
};
// clang-format on

}  // namespace

TEST_CASE("time expressions are found and normalized against the article date") {
    CHECK(kCases.size() >= 200);
    for (const Case& c : kCases) {
        std::optional<date::year_month_day> anchor;
        if (*c.anchor) anchor = tkg::extract::parse_article_date(c.anchor);
        const std::string sentence = c.sentence;
        const auto found = find_timexes(sentence, anchor);
        const Timex* hit = nullptr;
        for (const Timex& t : found)
            if (sentence.substr(t.span.begin, t.span.size()) == c.text) hit = &t;
        std::string got;
        for (const Timex& t : found)
            got += "[" + sentence.substr(t.span.begin, t.span.size()) + " " +
                   std::string(to_string(t.type)) + " " + t.value + "] ";
        const std::string context = std::string(c.anchor) + " | " + sentence + " | found: " + got;
        INFO(context);
        const std::string expected = std::string("expected '") + c.text + "'";
        CHECK_MESSAGE(hit != nullptr, expected);
        if (!hit) continue;
        CHECK(std::string(to_string(hit->type)) == std::string(c.type));
        CHECK(hit->value == std::string(c.value));
    }
}

TEST_CASE("no false dates: verbs, names, counts, amounts and codes") {
    const auto anchor = tkg::extract::parse_article_date("2023-11-12");
    for (const char* s : kNone) {
        const std::string sentence = s;
        const auto found = find_timexes(sentence, anchor);
        std::string got;
        for (const Timex& t : found) got += sentence.substr(t.span.begin, t.span.size()) + "; ";
        const std::string context = sentence + " | found: " + got;
        INFO(context);
        CHECK(found.empty());
    }
}

TEST_CASE("modifiers are kept in the mod attribute") {
    const auto anchor = tkg::extract::parse_article_date("2023-11-12");
    auto mod_of = [&](const std::string& sentence) {
        const auto found = find_timexes(sentence, anchor);
        return found.empty() ? std::string("(none)") : found.front().mod;
    };
    CHECK(mod_of("Prices rose in mid-October.") == "MID");
    CHECK(mod_of("Growth slowed in late 2023.") == "END");
    CHECK(mod_of("Fighting began in early October.") == "START");
    CHECK(mod_of("The feud lasted more than a decade.") == "MORE_THAN");
    CHECK(mod_of("The feud lasted nearly two years.") == "LESS_THAN");
    CHECK(mod_of("The feud lasted about six weeks.") == "APPROX");
    CHECK(mod_of("Staffers met earlier this month.").empty());
}

TEST_CASE("a weekday and a comma at the very end of a text") {
    // (Found by fuzzing: the date after "Tue.," was looked for past the last token.)
    const auto anchor = tkg::extract::parse_article_date("2023-11-12");
    for (const char* cut : {"They met Tue.,", "They met on Tuesday,", "Talks resume Friday ,"})
        CHECK_NOTHROW(find_timexes(cut, anchor));
    CHECK(find_timexes("They met on Tuesday,", anchor).size() == 1);
}
