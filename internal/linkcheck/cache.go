package linkcheck

import (
	"encoding/json"
	"sync"
	"time"
)

// Cache remembers which addresses answered with a success and when, so a
// second run within MaxAge asks only the rest: a scheduled check of a site
// with hundreds of links does not ask the same servers every time. Only
// successes are kept: a broken link is asked again on every run, so it is
// reported until it is fixed. The zero value holds nothing; a nil *Cache
// turns caching off. It is safe for concurrent use.
type Cache struct {
	mu     sync.Mutex
	Good   map[string]time.Time `json:"good"` // address → when it last answered with a success
	MaxAge time.Duration        `json:"-"`    // how long an answer stays good (0: 24 hours)
	Now    func() time.Time     `json:"-"`    // the clock (nil: time.Now)
}

// ReadCache decodes a cache written by Cache.Bytes; anything unreadable
// is an empty cache (a cache is never a reason to fail).
func ReadCache(data []byte, maxAge time.Duration) *Cache {
	c := &Cache{MaxAge: maxAge}
	if json.Unmarshal(data, c) != nil {
		c.Good = nil
	}
	return c
}

// Bytes encodes the cache, without the answers older than MaxAge.
func (c *Cache) Bytes() []byte {
	c.mu.Lock()
	defer c.mu.Unlock()
	keep := map[string]time.Time{}
	for a, t := range c.Good {
		if c.freshLocked(t) {
			keep[a] = t
		}
	}
	data, _ := json.MarshalIndent(struct {
		Good map[string]time.Time `json:"good"`
	}{keep}, "", "\t")
	return append(data, '\n')
}

// fresh reports whether addr answered with a success within MaxAge.
func (c *Cache) fresh(addr string) bool {
	if c == nil {
		return false
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	t, ok := c.Good[addr]
	return ok && c.freshLocked(t)
}

func (c *Cache) freshLocked(t time.Time) bool {
	age := c.MaxAge
	if age <= 0 {
		age = 24 * time.Hour
	}
	return c.now().Sub(t) < age
}

// answered records that addr answered with a success now.
func (c *Cache) answered(addr string) {
	if c == nil {
		return
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.Good == nil {
		c.Good = map[string]time.Time{}
	}
	c.Good[addr] = c.now().UTC().Truncate(time.Second)
}

func (c *Cache) now() time.Time {
	if c.Now != nil {
		return c.Now()
	}
	return time.Now()
}
