package engine

import (
	"github.com/iecmh/endorse/internal/model"
	"github.com/iecmh/endorse/internal/profile"
)

// training: total clock hours plus per-topic minimums, which are parts of
// the total: each hour counts toward at most one minimum (see
// allocate.go), and every counted entry's item says which minimums its
// hours went to. Catalog courses count their catalog clock hours and
// topics.
func training(c *ctx, r *model.Requirement, o *Outcome) {
	p, _ := r.Params.(*model.Training)
	from := c.from
	if p.WithinMonths > 0 {
		from = monthsBack(c.asOf, p.WithinMonths)
	}
	need := topicNeeds(c, p)
	hours, masks := make([]float64, len(c.p.Training)), make([]uint32, len(c.p.Training))
	total, recent, yearAgo := 0.0, 0.0, monthsBack(c.asOf, 12)
	o.Items = make([]Item, 0, len(c.p.Training))
	for i, t := range c.p.Training {
		if reason := trainingReason(c, t, from); reason != nil {
			o.item(listTraining, i, 0, reason)
			continue
		}
		h, courseTopics := c.trainingHours(t)
		o.item(listTraining, i, h, nil)
		hours[i], masks[i] = h, c.serves(need, t.Topics, courseTopics)
		total += h
		if t.Date >= yearAgo {
			recent += h
		}
	}
	a := allocate(hours, masks, needHours(need))
	for k := range o.Items {
		if share := a.toward[o.Items[k].Index]; share != nil {
			o.Items[k].Toward = towardTopics(share, need)
		}
	}
	o.quantity(total, p.Hours, "hours", msgMoreTrainingHours)
	topicGaps(o, a.have, need, c.m.Vocabulary.Topics)
	if o.Status == Met && p.TypicalHours > total {
		o.warn(msgTypicalHours(p.TypicalHours, total))
	}
	if o.Status == NotMet {
		c.projectLinear(o, 0, moreHours(total, p.Hours, a.have, need), recent/12, "hours")
	}
}

// topicNeed is one topic minimum.
type topicNeed struct {
	topic string
	hours float64
}

func needHours(need []topicNeed) []float64 {
	out := make([]float64, len(need))
	for k, n := range need {
		out[k] = n.hours
	}
	return out
}

// serves returns the minimums (bit k = need[k]) an entry's hours may go
// to: those of its topics or its catalog course's, and of the topic groups
// (vocabulary topic_groups) they belong to; an entry with no topic at all
// belongs to a group that lists "untagged".
func (c *ctx) serves(need []topicNeed, topics, courseTopics []string) uint32 {
	var mask uint32
	untagged := len(topics) == 0 && len(courseTopics) == 0
	for k, n := range need {
		if model.In(topics, n.topic) || model.In(courseTopics, n.topic) {
			mask |= 1 << k
			continue
		}
		for _, g := range c.m.Vocabulary.TopicGroups {
			if len(g) == 0 || g[0] != n.topic {
				continue
			}
			for _, w := range g[1:] {
				if model.In(topics, w) || model.In(courseTopics, w) || (untagged && w == model.Untagged) {
					mask |= 1 << k
				}
			}
		}
	}
	return mask
}

// towardTopics lists the minimums an entry's hours went to.
func towardTopics(share []float64, need []topicNeed) []Share {
	var out []Share
	for k, h := range share {
		if h > 1e-9 {
			out = append(out, Share{Topic: need[k].topic, Hours: h})
		}
	}
	return out
}

// trainingReason says why entry t does not count ("" = it counts).
func trainingReason(c *ctx, t profile.Training, from model.Date) *Msg {
	switch {
	case t.Date > c.until || (c.renewal && t.Date < c.from):
		return c.outside(t.Date)
	case from != 0 && t.Date < from:
		return msgOlderThanPeriod
	}
	return nil
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
			o.fail(msgMoreTopicHours(n.hours-have[k], n.topic, wordLabel(words, n.topic)))
		}
	}
	if sumNeed > 0 {
		o.Progress = sumHave / sumNeed
	}
}

// moreHours is how many more hours meet the total and every minimum: each
// new hour serves one minimum, so at least the minimums' shortfalls added
// up, and at least what the total lacks.
func moreHours(total, hours float64, have []float64, need []topicNeed) float64 {
	short := 0.0
	for k, n := range need {
		short += max(n.hours-have[k], 0)
	}
	return max(hours-total, short)
}
