package server

import (
	"sync"
)

// event is one Server-Sent Event.
type event struct {
	Name string // "status", "reload" or "error"
	Data string // one line (JSON)
}

// broker fans events out to every connected browser. Subscribers get a
// buffered channel; a slow subscriber misses events rather than blocking a
// build (the next status on reconnect brings it up to date).
type broker struct {
	mu   sync.Mutex
	subs map[chan event]bool
}

func newBroker() *broker { return &broker{subs: map[chan event]bool{}} }

// subscribe registers a subscriber; call the returned func to leave.
func (b *broker) subscribe() (chan event, func()) {
	ch := make(chan event, 8)
	b.mu.Lock()
	b.subs[ch] = true
	b.mu.Unlock()
	return ch, func() {
		b.mu.Lock()
		delete(b.subs, ch)
		b.mu.Unlock()
	}
}

// publish sends ev to every subscriber without blocking.
func (b *broker) publish(ev event) {
	b.mu.Lock()
	defer b.mu.Unlock()
	for ch := range b.subs {
		select {
		case ch <- ev:
		default:
		}
	}
}

// count returns the number of connected subscribers.
func (b *broker) count() int {
	b.mu.Lock()
	defer b.mu.Unlock()
	return len(b.subs)
}
