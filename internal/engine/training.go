package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
	"github.com/iecmh/endorse/internal/wasmjson"
)

// training: total clock hours plus per-topic minimums. Catalog courses
// count their catalog clock hours and topics.
func training(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Training)
	from := c.from
	if p.WithinMonths > 0 {
		from = monthsBack(c.asOf, p.WithinMonths)
	}
	need := topicNeeds(c, p)
	have := make([]float64, len(need))
	total, recent, yearAgo := 0.0, 0.0, monthsBack(c.asOf, 12)
	o.Items = c.items(len(c.p.Training))
	for i, t := range c.p.Training {
		if reason := trainingReason(c, t, from); reason != "" {
			o.item(profile.ListTraining, i, 0, reason)
			continue
		}
		h, courseTopics := c.trainingHours(t)
		o.item(profile.ListTraining, i, h, "")
		total += h
		addTopics(have, need, t.Topics, courseTopics, h)
		if t.Date >= yearAgo {
			recent += h
		}
	}
	o.quantity(total, p.Hours, "hours", "training hours")
	topicGaps(o, have, need, c.m.Vocabulary.Topics)
	if o.Status == Met && p.TypicalHours > total {
		o.warn("Successful applicants usually list about " + numText(p.TypicalHours) + " hours; you list " + numText(total) + ".")
	}
	if o.Status == NotMet {
		o.Projected = c.projectMonths(maxGap(total, p.Hours, have, need), recent/12)
	}
}

// topicNeed is one topic minimum.
type topicNeed struct {
	_     wasmjson.NoCompare
	topic string
	hours float64
}

// addTopics adds h hours to every needed topic the entry covers (its own
// topics or its catalog course's).
func addTopics(have []float64, need []topicNeed, topics, courseTopics []string, h float64) {
	for k, n := range need {
		if model.In(topics, n.topic) || model.In(courseTopics, n.topic) {
			have[k] += h
		}
	}
}

// trainingReason says why entry t does not count ("" = it counts).
func trainingReason(c *ctx, t profile.Training, from model.Date) string {
	switch {
	case t.Date > c.asOf:
		return "dated after the as-of date"
	case from != 0 && t.Date < from && c.renewal:
		return "before this renewal year"
	case from != 0 && t.Date < from:
		return "older than the period that counts"
	}
	return ""
}

// trainingHours returns an entry's hours and, for a catalog course, the
// course's topics: a course counts its clock hours and topics.
func (c *ctx) trainingHours(t profile.Training) (float64, []string) {
	if t.Course == "" {
		return t.Hours, nil
	}
	course := c.m.Course(t.Course)
	if course == nil {
		return t.Hours, nil
	}
	if course.ClockHours > 0 {
		return course.ClockHours, course.Topics
	}
	return t.Hours, course.Topics
}

// topicNeeds merges the topic minimums with those that apply when the
// applicant provides RSC in the period, sorted by topic.
func topicNeeds(c *ctx, p *model.Training) []topicNeed {
	var need []topicNeed
	add := func(m map[string]float64) {
		for k, v := range m {
			i := 0
			for i < len(need) && need[i].topic != k {
				i++
			}
			if i == len(need) {
				need = append(need, topicNeed{topic: k})
			}
			need[i].hours += v
		}
	}
	add(p.Topics)
	if len(p.ProvidingRSCTopics) > 0 && c.providesRSC() {
		add(p.ProvidingRSCTopics)
	}
	sortByTopic(need)
	return need
}

// sortByTopic orders topic minimums by topic (insertion sort: few topics).
func sortByTopic(need []topicNeed) {
	for i := 1; i < len(need); i++ {
		for j := i; j > 0 && need[j].topic < need[j-1].topic; j-- {
			need[j], need[j-1] = need[j-1], need[j]
		}
	}
}

// providesRSC reports whether the profile lists RSC provided in the period.
func (c *ctx) providesRSC() bool {
	for _, pr := range c.p.RSCProvided {
		if _, _, ok := c.span(pr.Start, pr.End); ok {
			return true
		}
	}
	return false
}

// topicGaps adds unmet topic minimums to the outcome.
func topicGaps(o *Outcome, have []float64, need []topicNeed, words []model.Word) {
	sumNeed, sumHave := o.Need, min(o.Have, o.Need)
	for k, n := range need {
		sumNeed += n.hours
		sumHave += min(have[k], n.hours)
		if have[k]+1e-9 < n.hours {
			o.fail(more(n.hours-have[k], "hours") + " on " + wordLabel(words, n.topic))
		}
	}
	if sumNeed > 0 {
		o.Progress = sumHave / sumNeed
	}
}

func maxGap(total, hours float64, have []float64, need []topicNeed) float64 {
	gap := hours - total
	for k, n := range need {
		gap = max(gap, n.hours-have[k])
	}
	return gap
}
