package engine

import (
	"sort"

	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

func init() { kinds["training"] = training }

// training: total clock hours plus per-topic minimums. Catalog courses
// count their catalog clock hours and topics.
func training(c *ctx, r *model.Requirement, o *Outcome) {
	p := r.Params.(*model.Training)
	if !c.answered("training") {
		o.missing("training")
		return
	}
	from := c.from
	if p.WithinMonths > 0 {
		from = c.asOf.AddMonths(-p.WithinMonths).AddDays(1)
	}
	total, byTopic, recent := 0.0, map[string]float64{}, 0.0
	yearAgo := c.asOf.AddMonths(-12)
	o.Items = c.items(len(c.p.Training))
	for i, t := range c.p.Training {
		h, topics := c.trainingHours(t)
		reason := trainingReason(c, t, from)
		o.item(lTraining, i, ifCounted(reason, h), reason)
		if reason != "" {
			continue
		}
		total += h
		for _, tp := range topics {
			byTopic[tp] += h
		}
		if t.Date > yearAgo {
			recent += h
		}
	}
	o.quantity(total, p.Hours, "hours", "training hours")
	need := topicNeeds(c, p)
	topicGaps(o, byTopic, need, c.m.Vocabulary.Topics)
	if o.Status == Met && p.TypicalHours > total {
		o.warn("Successful applicants usually list about " + numText(p.TypicalHours) + " hours; you list " + numText(total) + ".")
	}
	if o.Status == NotMet {
		o.Projected = c.projectMonths(maxGap(total, p.Hours, byTopic, need), recent/12)
	}
}

func ifCounted(reason string, h float64) float64 {
	if reason != "" {
		return 0
	}
	return h
}

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

// trainingHours returns an entry's hours and topics, taking a catalog
// course's clock hours and topics into account.
func (c *ctx) trainingHours(t profile.Training) (float64, []string) {
	h, topics := t.Hours, t.Topics
	if t.Course == "" {
		return h, topics
	}
	if course := c.m.Course(t.Course); course != nil {
		if course.ClockHours > 0 {
			h = course.ClockHours
		}
		topics = append(append([]string(nil), topics...), course.Topics...)
	}
	return h, topics
}

// topicNeeds merges the topic minimums with those that apply when the
// applicant provides RSC in the period.
func topicNeeds(c *ctx, p *model.Training) map[string]float64 {
	need := map[string]float64{}
	for k, v := range p.Topics {
		need[k] = v
	}
	if len(p.ProvidingRSCTopics) > 0 && c.providesRSC() {
		for k, v := range p.ProvidingRSCTopics {
			need[k] += v
		}
	}
	return need
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

// topicGaps adds unmet topic minimums to the outcome, in key order.
func topicGaps(o *Outcome, have, need map[string]float64, words []model.Word) {
	keys := make([]string, 0, len(need))
	for k := range need {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	sumNeed, sumHave := o.Need, min(o.Have, o.Need)
	for _, k := range keys {
		sumNeed += need[k]
		sumHave += min(have[k], need[k])
		if have[k]+1e-9 < need[k] {
			o.Status = NotMet
			o.Gap = joinGap(o.Gap, more(need[k]-have[k], "hours")+" on "+wordLabel(words, k))
		}
	}
	if sumNeed > 0 {
		o.Progress = sumHave / sumNeed
	}
}

func maxGap(total, hours float64, have, need map[string]float64) float64 {
	gap := hours - total
	for k, v := range need {
		gap = max(gap, v-have[k])
	}
	return gap
}
