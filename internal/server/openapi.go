package server

import (
	"encoding/json"
	"net/http"
	"strings"
	"sync"

	"github.com/vigie-events/vigie/internal/store"
)

// obj is a JSON object of the OpenAPI document.
type obj = map[string]any

// OpenAPI returns the OpenAPI 3.1 description of the API. The filter
// parameters come from store.FilterParams, the list the parser reads, so
// the description cannot drift from what the server accepts.
func OpenAPI() []byte {
	openAPIOnce.Do(func() {
		openAPIDoc, _ = json.MarshalIndent(openAPISpec(), "", "  ")
	})
	return openAPIDoc
}

var (
	openAPIOnce sync.Once
	openAPIDoc  []byte
)

func (s *Server) openAPI(w http.ResponseWriter, r *http.Request) {
	if !noParams(s, w, r) {
		return
	}
	w.Header().Set("Content-Type", "application/json; charset=utf-8")
	_, _ = w.Write(OpenAPI())
}

func param(name, in, desc string, schema obj) obj {
	p := obj{"name": name, "in": in, "description": desc, "schema": schema}
	if in == "path" {
		p["required"] = true
	}
	return p
}

func str() obj { return obj{"type": "string"} }

func ref(name string) obj { return obj{"$ref": "#/components/schemas/" + name} }

func jsonContent(schema obj) obj {
	return obj{"application/json": obj{"schema": schema}}
}

func response(desc string, schema obj) obj {
	return obj{"description": desc, "content": jsonContent(schema)}
}

func openAPISpec() obj {
	var filters []any
	for _, p := range store.FilterParams {
		schema := str()
		switch p.Name {
		case "from", "to":
			schema = obj{"type": "string", "format": "date"}
		case "updated_since":
			schema = obj{"type": "string", "format": "date-time"}
		case "quad":
			schema = obj{"type": "string", "pattern": "^[1-4](,[1-4])*$"}
		case "modality":
			schema = obj{"type": "string", "pattern": "^(asserted|reported|future|hypothetical)(,(asserted|reported|future|hypothetical))*$"}
		}
		filters = append(filters, param(p.Name, "query", p.Help, schema))
	}
	errors := obj{
		"400": response("an unknown parameter or a bad value; param names it", ref("Error")),
		"503": response("the request took too long", ref("Error")),
	}
	with := func(extra ...any) []any { return append(append([]any{}, filters...), extra...) }
	merge := func(m obj, more obj) obj {
		out := obj{}
		for k, v := range m {
			out[k] = v
		}
		for k, v := range more {
			out[k] = v
		}
		return out
	}
	actor := obj{"type": "object", "properties": obj{
		"code": str(), "name": str(), "country": str(), "wikidata": str(), "text": str()}}
	place := obj{"type": "object", "properties": obj{
		"name": str(), "geonameid": obj{"type": "integer"}, "country": str(),
		"lat": obj{"type": "number"}, "lon": obj{"type": "number"}, "kind": str()}}
	span := obj{"type": "array", "items": obj{"type": "integer"}, "minItems": 2, "maxItems": 2,
		"description": "[start, end) byte offsets into the article text"}
	return obj{
		"openapi": "3.1.0",
		"info": obj{
			"title":   "vigie API",
			"version": "1",
			"description": "Political events coded from French and English news, each tied to the byte offsets " +
				"of the words that support it. Events are aggregated as GDELT does: one event per source, target, " +
				"CAMEO code and day, with its mentions. Filters combine with AND; comma-separated values of one " +
				"filter are alternatives. Nothing is silently ignored: an unknown parameter or a bad value is a 400.",
		},
		"paths": obj{
			"/api/events": obj{"get": obj{
				"summary": "List events",
				"description": "Cursor pagination without a cap on the total: follow next_cursor until it is absent. " +
					"With updated_since (sorted by updated by default) a client syncs incrementally; deleted lists the " +
					"events that lost their last mention.",
				"parameters": with(
					param("sort", "query", "order: "+strings.Join(store.Sorts, ", ")+" (default -date, or updated with updated_since)",
						obj{"type": "string", "enum": store.Sorts}),
					param("limit", "query", "page size", obj{"type": "integer", "minimum": 1, "maximum": store.MaxPage, "default": store.DefaultPage}),
					param("cursor", "query", "next_cursor of the previous page, with the same sort", str()),
				),
				"responses": merge(errors, obj{"200": response("a page of events", ref("EventList"))}),
			}},
			"/api/events/{id}": obj{"get": obj{
				"summary":    "One event with its mentions and their evidence",
				"parameters": []any{param("id", "path", "event id", str())},
				"responses": merge(errors, obj{
					"200": response("the event", ref("EventDetail")),
					"404": response("no such event", ref("Error"))}),
			}},
			"/api/documents/{id}": obj{"get": obj{
				"summary":    "One article with its entities, events and offsets",
				"parameters": []any{param("id", "path", "document id", str())},
				"responses": merge(errors, obj{
					"200": response("the article", ref("DocumentDetail")),
					"404": response("no such document", ref("Error"))}),
			}},
			"/api/documents": obj{"post": obj{
				"summary":  "Submit an article, get its events back",
				"security": []any{obj{"bearer": []any{}}},
				"requestBody": obj{"required": true, "content": obj{
					"application/json": obj{"schema": ref("Submission")},
					"text/plain":       obj{"schema": str()},
					"text/html":        obj{"schema": str()},
				}},
				"responses": merge(errors, obj{
					"201": response("stored", ref("Submitted")),
					"401": response("missing or wrong token", ref("Error")),
					"403": response("writes disabled", ref("Error")),
					"413": response("body too large", ref("Error")),
					"422": response("the article could not be processed", ref("Error")),
				}),
			}},
			"/api/actors": obj{"get": obj{
				"summary": "Actors of the selected events: how often, in which role, with whom",
				"parameters": with(
					param("role", "query", "count actors as source, target or any", obj{"type": "string", "enum": store.ActorRoles, "default": "any"}),
					param("limit", "query", "actors returned", obj{"type": "integer", "minimum": 1, "maximum": 1000, "default": 50}),
					param("partners", "query", "partners per actor", obj{"type": "integer", "minimum": 0, "maximum": 50, "default": 5}),
					param("within", "query", "with filters, count over at most this many of the selected events, the most recent first (0: all)", obj{"type": "integer", "minimum": 0, "maximum": 10000000, "default": 0}),
				),
				"responses": merge(errors, obj{"200": response("actors, the most frequent first", ref("ActorList"))}),
			}},
			"/api/stats/timeline": obj{"get": obj{
				"summary": "Counts of the selected events per day",
				"parameters": with(
					param("by", "query", "grouping", obj{"type": "string", "enum": store.TimelineBy, "default": "quad"}),
					param("measure", "query", "count events or their mentions", obj{"type": "string", "enum": store.TimelineMeasures, "default": "events"}),
				),
				"responses": merge(errors, obj{"200": response("points by day and key", ref("Timeline"))}),
			}},
			"/api/openapi.json": obj{"get": obj{
				"summary":   "This description",
				"responses": obj{"200": obj{"description": "OpenAPI 3.1"}},
			}},
		},
		"components": obj{
			"securitySchemes": obj{"bearer": obj{"type": "http", "scheme": "bearer"}},
			"schemas": obj{
				"Error": obj{"type": "object", "required": []any{"error"}, "properties": obj{
					"error": str(), "param": obj{"type": "string", "description": "the parameter at fault"}}},
				"Actor": actor,
				"Place": place,
				"Event": obj{"type": "object", "properties": obj{
					"global_id": obj{"type": "integer", "description": "GDELT GLOBALEVENTID"},
					"id":        str(), "date": obj{"type": "string", "format": "date"}, "date_granularity": str(),
					"source": ref("Actor"), "target": ref("Actor"),
					"cameo": str(), "cameo_root": str(), "quad": obj{"type": "integer"}, "goldstein": obj{"type": "number"},
					"plover":   obj{"type": "object", "properties": obj{"event": str(), "mode": str(), "context": str()}},
					"modality": str(), "lang": str(), "place": ref("Place"), "is_root": obj{"type": "boolean"},
					"num_mentions": obj{"type": "integer"}, "num_sources": obj{"type": "integer"},
					"num_articles": obj{"type": "integer"}, "confidence": obj{"type": "number"},
					"first_doc": str(), "source_url": str(),
					"created": obj{"type": "string", "format": "date-time"}, "updated": obj{"type": "string", "format": "date-time"},
				}},
				"Mention": obj{"type": "object", "properties": obj{
					"id": str(), "event_id": str(), "global_id": obj{"type": "integer"}, "doc": str(), "url": str(),
					"domain": str(), "counted_as": obj{"type": "string", "description": "the source the mention counts as (a copy's original's domain)"},
					"doc_time": obj{"type": "string", "format": "date-time"}, "doc_len": obj{"type": "integer"},
					"sentence_id": obj{"type": "integer"}, "in_lead": obj{"type": "boolean"}, "trigger": str(),
					"event": obj{"type": "object", "description": "the event as coded: sentence {text,start,end}, evidence {source,target,trigger} spans, confidence, rule",
						"properties": obj{"sentence": obj{"type": "object"}, "evidence": obj{"type": "object", "properties": obj{
							"source": span, "target": span, "trigger": span}}}},
				}},
				"EventList": obj{"type": "object", "properties": obj{
					"events": obj{"type": "array", "items": ref("Event")}, "next_cursor": str(),
					"deleted": obj{"type": "array", "items": str()}}},
				"EventDetail": obj{"type": "object", "properties": obj{
					"event": ref("Event"), "mentions": obj{"type": "array", "items": ref("Mention")}}},
				"Link": obj{"type": "object", "properties": obj{"doc": str(), "original": str(), "similarity": obj{"type": "number"}}},
				"DocumentDetail": obj{"type": "object", "properties": obj{
					"document": obj{"type": "object", "description": "id, url, title, text, paragraphs (spans), dates, lang…"},
					"version":  obj{"type": "integer"},
					"entities": obj{"type": "array", "items": obj{"type": "object", "properties": obj{
						"type": str(), "text": str(), "code": str(), "mentions": obj{"type": "array"}}}},
					"events":   obj{"type": "array", "items": ref("Mention")},
					"original": ref("Link"), "copies": obj{"type": "array", "items": ref("Link")}}},
				"Submission": obj{"type": "object", "additionalProperties": false, "properties": obj{
					"id": str(), "url": str(), "title": str(), "text": str(), "html": str(),
					"published": str(), "lang": str()},
					"description": "exactly one of text and html"},
				"Submitted": obj{"type": "object", "properties": obj{
					"id": str(), "status": str(), "original": ref("Link"), "events": obj{"type": "array", "items": ref("Mention")}}},
				"ActorList": obj{"type": "object", "properties": obj{"actors": obj{"type": "array", "items": obj{
					"type": "object", "properties": obj{"code": str(), "name": str(), "events": obj{"type": "integer"},
						"mentions": obj{"type": "integer"}, "as_source": obj{"type": "integer"}, "as_target": obj{"type": "integer"},
						"partners": obj{"type": "array", "items": obj{"type": "object", "properties": obj{
							"code": str(), "events": obj{"type": "integer"}}}}}}}}},
				"Timeline": obj{"type": "object", "properties": obj{"by": str(), "measure": str(),
					"points": obj{"type": "array", "items": obj{"type": "object", "properties": obj{
						"date": obj{"type": "string", "format": "date"}, "key": str(), "count": obj{"type": "integer"}}}}}},
			},
		},
	}
}
