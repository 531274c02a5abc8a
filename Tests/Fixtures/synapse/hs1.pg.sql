--
-- PostgreSQL database dump
--


-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: check_event_stream_ordering(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_event_stream_ordering() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
            BEGIN
                IF EXISTS (
                    SELECT 1 FROM events
                    WHERE events.event_id = NEW.event_id
                       AND events.stream_ordering != NEW.event_stream_ordering
                ) THEN
                    RAISE EXCEPTION 'Incorrect event_stream_ordering';
                END IF;
                RETURN NEW;
            END;
            $$;


--
-- Name: check_partial_state_events(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.check_partial_state_events() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
            BEGIN
                IF EXISTS (
                    SELECT 1 FROM events
                    WHERE events.event_id = NEW.event_id
                       AND events.room_id != NEW.room_id
                ) THEN
                    RAISE EXCEPTION 'Incorrect room_id in partial_state_events';
                END IF;
                RETURN NEW;
            END;
            $$;


--
-- Name: delete_read_write_lock_parent(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.delete_read_write_lock_parent() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
DECLARE
    new_token TEXT;
    mode_row_token TEXT;
BEGIN
    -- Only update the token in `_mode` if its our token. This prevents
    -- deadlocks.
    --
    -- We shove the token into `mode_row_token`, as otherwise postgres complains
    -- we're not using the returned data.
    SELECT token INTO mode_row_token FROM worker_read_write_locks_mode
        WHERE
            lock_name = OLD.lock_name
            AND lock_key = OLD.lock_key
            AND token = OLD.token
        FOR UPDATE;

    IF NOT FOUND THEN
        RETURN NEW;
    END IF;

    SELECT token INTO new_token FROM worker_read_write_locks
        WHERE
            lock_name = OLD.lock_name
            AND lock_key = OLD.lock_key
        LIMIT 1 FOR UPDATE SKIP LOCKED;

    IF NOT FOUND THEN
        DELETE FROM worker_read_write_locks_mode
            WHERE lock_name = OLD.lock_name AND lock_key = OLD.lock_key AND token = OLD.token;
    ELSE
        UPDATE worker_read_write_locks_mode
            SET token = new_token
            WHERE lock_name = OLD.lock_name AND lock_key = OLD.lock_key;
    END IF;

    RETURN NEW;
END
$$;


--
-- Name: upsert_read_write_lock_parent(); Type: FUNCTION; Schema: public; Owner: -
--

CREATE FUNCTION public.upsert_read_write_lock_parent() RETURNS trigger
    LANGUAGE plpgsql
    AS $$
BEGIN
    INSERT INTO worker_read_write_locks_mode (lock_name, lock_key, write_lock, token)
        VALUES (NEW.lock_name, NEW.lock_key, NEW.write_lock, NEW.token)
        ON CONFLICT (lock_name, lock_key)
        DO UPDATE SET write_lock = NEW.write_lock
            WHERE OLD.write_lock != NEW.write_lock;
    RETURN NEW;
END
$$;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: access_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.access_tokens (
    id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text,
    token text NOT NULL,
    valid_until_ms bigint,
    puppets_user_id text,
    last_validated bigint,
    refresh_token_id bigint,
    used boolean
);


--
-- Name: account_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_data (
    user_id text NOT NULL,
    account_data_type text NOT NULL,
    stream_id bigint NOT NULL,
    content text NOT NULL,
    instance_name text
);


--
-- Name: account_data_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.account_data_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: account_validity; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.account_validity (
    user_id text NOT NULL,
    expiration_ts_ms bigint NOT NULL,
    email_sent boolean NOT NULL,
    renewal_token text,
    token_used_ts_ms bigint
);


--
-- Name: application_services_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_services_state (
    as_id text NOT NULL,
    state character varying(5),
    read_receipt_stream_id bigint,
    presence_stream_id bigint,
    to_device_stream_id bigint,
    device_list_stream_id bigint
);


--
-- Name: application_services_txn_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.application_services_txn_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: application_services_txns; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.application_services_txns (
    as_id text NOT NULL,
    txn_id bigint NOT NULL,
    event_ids text NOT NULL
);


--
-- Name: applied_module_schemas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applied_module_schemas (
    module_name text NOT NULL,
    file text NOT NULL
);


--
-- Name: applied_schema_deltas; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.applied_schema_deltas (
    version integer NOT NULL,
    file text NOT NULL
);


--
-- Name: appservice_room_list; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appservice_room_list (
    appservice_id text NOT NULL,
    network_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: appservice_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.appservice_stream_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_ordering bigint,
    CONSTRAINT appservice_stream_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: background_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.background_updates (
    update_name text NOT NULL,
    progress_json text NOT NULL,
    depends_on text,
    ordering integer DEFAULT 0 NOT NULL
);


--
-- Name: blocked_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.blocked_rooms (
    room_id text NOT NULL,
    user_id text NOT NULL
);


--
-- Name: cache_invalidation_stream_by_instance; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.cache_invalidation_stream_by_instance (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    cache_func text NOT NULL,
    keys text[],
    invalidation_ts bigint
);


--
-- Name: cache_invalidation_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.cache_invalidation_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: current_state_delta_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_state_delta_stream (
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    event_id text,
    prev_event_id text,
    instance_name text
);


--
-- Name: current_state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.current_state_events (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    membership text,
    event_stream_ordering bigint
);


--
-- Name: dehydrated_devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.dehydrated_devices (
    user_id text NOT NULL,
    device_id text NOT NULL,
    device_data text NOT NULL
);


--
-- Name: delayed_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delayed_events (
    delay_id text NOT NULL,
    user_localpart text NOT NULL,
    device_id text,
    delay bigint NOT NULL,
    send_ts bigint NOT NULL,
    room_id text NOT NULL,
    event_type text NOT NULL,
    state_key text,
    origin_server_ts bigint,
    content text NOT NULL,
    is_processed boolean DEFAULT false NOT NULL,
    sticky_duration_ms bigint
);


--
-- Name: delayed_events_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.delayed_events_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT delayed_events_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: deleted_pushers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.deleted_pushers (
    stream_id bigint NOT NULL,
    app_id text NOT NULL,
    pushkey text NOT NULL,
    user_id text NOT NULL,
    instance_name text
);


--
-- Name: destination_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destination_rooms (
    destination text NOT NULL,
    room_id text NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: TABLE destination_rooms; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.destination_rooms IS 'Information about transmission of PDUs in a given room to a given remote homeserver.';


--
-- Name: COLUMN destination_rooms.destination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.destination IS 'server name of remote homeserver in question';


--
-- Name: COLUMN destination_rooms.room_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.room_id IS 'room ID in question';


--
-- Name: COLUMN destination_rooms.stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destination_rooms.stream_ordering IS '`stream_ordering` of the most recent PDU in this room that needs to be sent (by us) to this homeserver.
This can only be pointing to our own PDU because we are only responsible for sending our own PDUs.';


--
-- Name: destination_rooms_sticky_events_backlog; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destination_rooms_sticky_events_backlog (
    destination text NOT NULL,
    room_id text NOT NULL,
    sticky_events_stream_position integer NOT NULL
);


--
-- Name: destinations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.destinations (
    destination text NOT NULL,
    retry_last_ts bigint,
    retry_interval bigint,
    failure_ts bigint,
    last_successful_stream_ordering bigint
);


--
-- Name: TABLE destinations; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.destinations IS 'Information about remote homeservers and the health of our connection to them.';


--
-- Name: COLUMN destinations.destination; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.destination IS 'server name of remote homeserver in question';


--
-- Name: COLUMN destinations.retry_last_ts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.retry_last_ts IS 'The last time we tried and failed to reach the remote server, in ms.
This field is reset to `0` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.retry_interval; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.retry_interval IS 'How long, in milliseconds, to wait since the last time we tried to reach the remote server before trying again.
This field is reset to `0` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.failure_ts; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.failure_ts IS 'The first time we tried and failed to reach the remote server, in ms.
This field is reset to `NULL` when we succeed in connecting again.';


--
-- Name: COLUMN destinations.last_successful_stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.destinations.last_successful_stream_ordering IS 'Stream ordering of the most recently successfully sent PDU to this server, sent through normal send (not e.g. backfill).
In Catch-Up Mode, the original PDU persisted by us is represented here, even if we sent a later forward extremity in its stead.
See `destination_rooms` for more information about catch-up.';


--
-- Name: device_auth_providers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_auth_providers (
    user_id text NOT NULL,
    device_id text NOT NULL,
    auth_provider_id text NOT NULL,
    auth_provider_session_id text NOT NULL
);


--
-- Name: device_federation_inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_federation_inbox (
    origin text NOT NULL,
    message_id text NOT NULL,
    received_ts bigint NOT NULL,
    instance_name text
);


--
-- Name: device_federation_outbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_federation_outbox (
    destination text NOT NULL,
    stream_id bigint NOT NULL,
    queued_ts bigint NOT NULL,
    messages_json text NOT NULL,
    instance_name text
);


--
-- Name: device_inbox; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_inbox (
    user_id text NOT NULL,
    device_id text NOT NULL,
    stream_id bigint NOT NULL,
    message_json text NOT NULL,
    instance_name text
);


--
-- Name: device_inbox_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.device_inbox_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: device_lists_changes_converted_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_converted_stream_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    instance_name text,
    CONSTRAINT device_lists_changes_converted_stream_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: device_lists_changes_in_room; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_in_room (
    user_id text NOT NULL,
    device_id text NOT NULL,
    room_id text NOT NULL,
    stream_id bigint NOT NULL,
    converted_to_destinations boolean NOT NULL,
    opentracing_context text,
    instance_name text,
    inserted_ts bigint
);


--
-- Name: device_lists_changes_in_room_max_pruned_stream_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_changes_in_room_max_pruned_stream_id (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: device_lists_outbound_last_success; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_outbound_last_success (
    destination text NOT NULL,
    user_id text NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: device_lists_outbound_pokes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_outbound_pokes (
    destination text NOT NULL,
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    sent boolean NOT NULL,
    ts bigint NOT NULL,
    opentracing_context text,
    instance_name text
);


--
-- Name: device_lists_remote_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_cache (
    user_id text NOT NULL,
    device_id text NOT NULL,
    content text NOT NULL
);


--
-- Name: device_lists_remote_extremeties; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_extremeties (
    user_id text NOT NULL,
    stream_id text NOT NULL
);


--
-- Name: device_lists_remote_pending; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_pending (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    instance_name text
);


--
-- Name: device_lists_remote_resync; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_remote_resync (
    user_id text NOT NULL,
    added_ts bigint NOT NULL
);


--
-- Name: device_lists_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.device_lists_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: device_lists_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.device_lists_stream (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    instance_name text
);


--
-- Name: devices; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.devices (
    user_id text NOT NULL,
    device_id text NOT NULL,
    display_name text,
    last_seen bigint,
    ip text,
    user_agent text,
    hidden boolean DEFAULT false
);


--
-- Name: e2e_cross_signing_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_cross_signing_keys (
    user_id text NOT NULL,
    keytype text NOT NULL,
    keydata text NOT NULL,
    stream_id bigint NOT NULL,
    updatable_without_uia_before_ms bigint,
    instance_name text
);


--
-- Name: e2e_cross_signing_keys_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.e2e_cross_signing_keys_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: e2e_cross_signing_signatures; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_cross_signing_signatures (
    user_id text NOT NULL,
    key_id text NOT NULL,
    target_user_id text NOT NULL,
    target_device_id text NOT NULL,
    signature text NOT NULL
);


--
-- Name: e2e_device_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_device_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    ts_added_ms bigint NOT NULL,
    key_json text NOT NULL
);


--
-- Name: e2e_fallback_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_fallback_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    algorithm text NOT NULL,
    key_id text NOT NULL,
    key_json text NOT NULL,
    used boolean DEFAULT false NOT NULL
);


--
-- Name: e2e_one_time_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_one_time_keys_json (
    user_id text NOT NULL,
    device_id text NOT NULL,
    algorithm text NOT NULL,
    key_id text NOT NULL,
    ts_added_ms bigint NOT NULL,
    key_json text NOT NULL
);


--
-- Name: e2e_room_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_room_keys (
    user_id text NOT NULL,
    room_id text NOT NULL,
    session_id text NOT NULL,
    version bigint NOT NULL,
    first_message_index integer,
    forwarded_count integer,
    is_verified boolean,
    session_data text NOT NULL
);


--
-- Name: e2e_room_keys_versions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.e2e_room_keys_versions (
    user_id text NOT NULL,
    version bigint NOT NULL,
    algorithm text NOT NULL,
    auth_data text NOT NULL,
    deleted smallint DEFAULT 0 NOT NULL,
    etag bigint
);


--
-- Name: erased_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.erased_users (
    user_id text NOT NULL
);


--
-- Name: event_auth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth (
    event_id text NOT NULL,
    auth_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_auth_chain_id; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.event_auth_chain_id
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: event_auth_chain_links; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chain_links (
    origin_chain_id bigint NOT NULL,
    origin_sequence_number bigint NOT NULL,
    target_chain_id bigint NOT NULL,
    target_sequence_number bigint NOT NULL
);
ALTER TABLE ONLY public.event_auth_chain_links ALTER COLUMN origin_chain_id SET (n_distinct=-0.5);
ALTER TABLE ONLY public.event_auth_chain_links ALTER COLUMN target_chain_id SET (n_distinct=-0.5);


--
-- Name: event_auth_chain_to_calculate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chain_to_calculate (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL
);


--
-- Name: event_auth_chains; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_auth_chains (
    event_id text NOT NULL,
    chain_id bigint NOT NULL,
    sequence_number bigint NOT NULL
);


--
-- Name: event_backward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_backward_extremities (
    event_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_edges (
    event_id text NOT NULL,
    prev_event_id text NOT NULL,
    room_id text,
    is_state boolean DEFAULT false NOT NULL
);


--
-- Name: event_expiry; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_expiry (
    event_id text NOT NULL,
    expiry_ts bigint NOT NULL
);


--
-- Name: event_failed_pull_attempts; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_failed_pull_attempts (
    room_id text NOT NULL,
    event_id text NOT NULL,
    num_attempts integer NOT NULL,
    last_attempt_ts bigint NOT NULL,
    last_cause text NOT NULL
);


--
-- Name: event_forward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_forward_extremities (
    event_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: event_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_json (
    event_id text NOT NULL,
    room_id text NOT NULL,
    internal_metadata text NOT NULL,
    json text NOT NULL,
    format_version integer
);


--
-- Name: event_labels; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_labels (
    event_id text NOT NULL,
    label text NOT NULL,
    room_id text NOT NULL,
    topological_ordering bigint NOT NULL
);


--
-- Name: event_push_actions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_actions (
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    profile_tag character varying(32),
    actions text NOT NULL,
    topological_ordering bigint,
    stream_ordering bigint,
    notif smallint,
    highlight smallint,
    unread smallint,
    thread_id text,
    CONSTRAINT event_push_actions_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_actions_staging; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_actions_staging (
    event_id text NOT NULL,
    user_id text NOT NULL,
    actions text NOT NULL,
    notif smallint NOT NULL,
    highlight smallint NOT NULL,
    unread smallint,
    thread_id text,
    inserted_ts bigint DEFAULT (EXTRACT(epoch FROM now()) * (1000)::numeric),
    CONSTRAINT event_push_actions_staging_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_summary; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary (
    user_id text NOT NULL,
    room_id text NOT NULL,
    notif_count bigint NOT NULL,
    stream_ordering bigint NOT NULL,
    unread_count bigint,
    last_receipt_stream_ordering bigint,
    thread_id text,
    CONSTRAINT event_push_summary_thread_id CHECK ((thread_id IS NOT NULL))
);


--
-- Name: event_push_summary_last_receipt_stream_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary_last_receipt_stream_id (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT event_push_summary_last_receipt_stream_id_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: event_push_summary_stream_ordering; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_push_summary_stream_ordering (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_ordering bigint NOT NULL,
    CONSTRAINT event_push_summary_stream_ordering_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: event_relations; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_relations (
    event_id text NOT NULL,
    relates_to_id text NOT NULL,
    relation_type text NOT NULL,
    aggregation_key text
);


--
-- Name: event_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    reason text,
    content text
);


--
-- Name: event_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_search (
    event_id text,
    room_id text,
    sender text,
    key text,
    vector tsvector,
    origin_server_ts bigint,
    stream_ordering bigint
);
ALTER TABLE ONLY public.event_search ALTER COLUMN room_id SET (n_distinct=-0.01);


--
-- Name: event_to_state_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_to_state_groups (
    event_id text NOT NULL,
    state_group bigint NOT NULL
);


--
-- Name: event_txn_id_device_id; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.event_txn_id_device_id (
    event_id text NOT NULL,
    room_id text NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    txn_id text NOT NULL,
    inserted_ts bigint NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.events (
    topological_ordering bigint NOT NULL,
    event_id text NOT NULL,
    type text NOT NULL,
    room_id text NOT NULL,
    content text,
    unrecognized_keys text,
    processed boolean NOT NULL,
    outlier boolean NOT NULL,
    depth bigint DEFAULT 0 NOT NULL,
    origin_server_ts bigint,
    received_ts bigint,
    sender text,
    contains_url boolean,
    instance_name text,
    stream_ordering bigint,
    state_key text,
    rejection_reason text
);


--
-- Name: events_backfill_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_backfill_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: events_stream_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.events_stream_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ex_outlier_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ex_outlier_stream (
    event_stream_ordering bigint NOT NULL,
    event_id text NOT NULL,
    state_group bigint NOT NULL,
    instance_name text
);


--
-- Name: federation_inbound_events_staging; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_inbound_events_staging (
    origin text NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    received_ts bigint NOT NULL,
    event_json text NOT NULL,
    internal_metadata text NOT NULL
);


--
-- Name: federation_stream_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.federation_stream_position (
    type text NOT NULL,
    stream_id bigint NOT NULL,
    instance_name text DEFAULT 'master'::text NOT NULL
);


--
-- Name: ignored_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ignored_users (
    ignorer_user_id text NOT NULL,
    ignored_user_id text NOT NULL
);


--
-- Name: instance_map; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.instance_map (
    instance_id integer NOT NULL,
    instance_name text NOT NULL
);


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.instance_map_instance_id_seq
    AS integer
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE OWNED BY; Schema: public; Owner: -
--

ALTER SEQUENCE public.instance_map_instance_id_seq OWNED BY public.instance_map.instance_id;


--
-- Name: local_current_membership; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_current_membership (
    room_id text NOT NULL,
    user_id text NOT NULL,
    event_id text NOT NULL,
    membership text NOT NULL,
    event_stream_ordering bigint
);


--
-- Name: local_media_repository; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository (
    media_id text,
    media_type text,
    media_length integer,
    created_ts bigint,
    upload_name text,
    user_id text,
    quarantined_by text,
    url_cache text,
    last_access_ts bigint,
    safe_from_quarantine boolean DEFAULT false NOT NULL,
    authenticated boolean DEFAULT false NOT NULL,
    sha256 text
);


--
-- Name: local_media_repository_thumbnails; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository_thumbnails (
    media_id text,
    thumbnail_width integer,
    thumbnail_height integer,
    thumbnail_type text,
    thumbnail_method text,
    thumbnail_length integer
);


--
-- Name: local_media_repository_url_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.local_media_repository_url_cache (
    url text,
    response_code integer,
    etag text,
    expires_ts bigint,
    og text,
    media_id text,
    download_ts bigint
);


--
-- Name: login_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.login_tokens (
    token text NOT NULL,
    user_id text NOT NULL,
    expiry_ts bigint NOT NULL,
    used_ts bigint,
    auth_provider_id text,
    auth_provider_session_id text
);


--
-- Name: monthly_active_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.monthly_active_users (
    user_id text NOT NULL,
    "timestamp" bigint NOT NULL
);


--
-- Name: msc4242_state_dag_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.msc4242_state_dag_edges (
    room_id text NOT NULL,
    event_id text NOT NULL,
    prev_state_event_id text
);


--
-- Name: msc4242_state_dag_forward_extremities; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.msc4242_state_dag_forward_extremities (
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: open_id_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.open_id_tokens (
    token text NOT NULL,
    ts_valid_until_ms bigint NOT NULL,
    user_id text NOT NULL
);


--
-- Name: partial_state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_events (
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: partial_state_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_rooms (
    room_id text NOT NULL,
    device_lists_stream_id bigint DEFAULT 0 NOT NULL,
    join_event_id text,
    joined_via text
);


--
-- Name: partial_state_rooms_servers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.partial_state_rooms_servers (
    room_id text NOT NULL,
    server_name text NOT NULL
);


--
-- Name: per_user_experimental_features; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.per_user_experimental_features (
    user_id text NOT NULL,
    feature text NOT NULL,
    enabled boolean DEFAULT false
);


--
-- Name: port_from_sqlite3; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.port_from_sqlite3 (
    table_name character varying(100) NOT NULL,
    forward_rowid bigint NOT NULL,
    backward_rowid bigint NOT NULL
);


--
-- Name: presence_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.presence_stream (
    stream_id bigint,
    user_id text,
    state text,
    last_active_ts bigint,
    last_federation_update_ts bigint,
    last_user_sync_ts bigint,
    status_msg text,
    currently_active boolean,
    instance_name text
);


--
-- Name: presence_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.presence_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profile_updates; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profile_updates (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    user_id text NOT NULL,
    action text NOT NULL,
    affected_fields jsonb,
    inserted_ts bigint NOT NULL
);


--
-- Name: profile_updates_per_user; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profile_updates_per_user (
    stream_id bigint NOT NULL,
    user_id text NOT NULL,
    inserted_ts bigint NOT NULL
);


--
-- Name: profile_updates_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.profile_updates_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: profiles; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.profiles (
    user_id text NOT NULL,
    displayname text,
    avatar_url text,
    full_user_id text,
    fields jsonb,
    CONSTRAINT full_user_id_not_null CHECK ((full_user_id IS NOT NULL))
);


--
-- Name: push_rules; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules (
    id bigint NOT NULL,
    user_name text NOT NULL,
    rule_id text NOT NULL,
    priority_class smallint NOT NULL,
    priority integer DEFAULT 0 NOT NULL,
    conditions text NOT NULL,
    actions text NOT NULL
);


--
-- Name: push_rules_enable; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules_enable (
    id bigint NOT NULL,
    user_name text NOT NULL,
    rule_id text NOT NULL,
    enabled smallint
);


--
-- Name: push_rules_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.push_rules_stream (
    stream_id bigint NOT NULL,
    event_stream_ordering bigint NOT NULL,
    user_id text NOT NULL,
    rule_id text NOT NULL,
    op text NOT NULL,
    priority_class smallint,
    priority integer,
    conditions text,
    actions text,
    instance_name text
);


--
-- Name: push_rules_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.push_rules_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: pusher_throttle; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pusher_throttle (
    pusher bigint NOT NULL,
    room_id text NOT NULL,
    last_sent_ts bigint,
    throttle_ms bigint
);


--
-- Name: pushers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.pushers (
    id bigint NOT NULL,
    user_name text NOT NULL,
    access_token bigint,
    profile_tag text NOT NULL,
    kind text NOT NULL,
    app_id text NOT NULL,
    app_display_name text NOT NULL,
    device_display_name text NOT NULL,
    pushkey text NOT NULL,
    ts bigint NOT NULL,
    lang text,
    data text,
    last_stream_ordering bigint,
    last_success bigint,
    failing_since bigint,
    enabled boolean,
    device_id text,
    instance_name text
);


--
-- Name: pushers_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.pushers_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: quarantined_media_changes; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.quarantined_media_changes (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    origin text,
    media_id text NOT NULL,
    quarantined boolean NOT NULL
);


--
-- Name: quarantined_media_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.quarantined_media_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: ratelimit_override; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ratelimit_override (
    user_id text NOT NULL,
    messages_per_second bigint,
    burst_count bigint
);


--
-- Name: receipts_graph; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts_graph (
    room_id text NOT NULL,
    receipt_type text NOT NULL,
    user_id text NOT NULL,
    event_ids text NOT NULL,
    data text NOT NULL,
    thread_id text
);


--
-- Name: receipts_linearized; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.receipts_linearized (
    stream_id bigint NOT NULL,
    room_id text NOT NULL,
    receipt_type text NOT NULL,
    user_id text NOT NULL,
    event_id text NOT NULL,
    data text NOT NULL,
    instance_name text,
    event_stream_ordering bigint,
    thread_id text
);


--
-- Name: receipts_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.receipts_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: received_transactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.received_transactions (
    transaction_id text,
    origin text,
    ts bigint,
    response_code integer,
    response_json bytea,
    has_been_referenced smallint DEFAULT 0
);


--
-- Name: redactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.redactions (
    event_id text NOT NULL,
    redacts text NOT NULL,
    have_censored boolean DEFAULT false NOT NULL,
    received_ts bigint,
    recheck boolean DEFAULT true NOT NULL
);


--
-- Name: refresh_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.refresh_tokens (
    id bigint NOT NULL,
    user_id text NOT NULL,
    device_id text NOT NULL,
    token text NOT NULL,
    next_token_id bigint,
    expiry_ts bigint,
    ultimate_session_expiry_ts bigint
);


--
-- Name: registration_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.registration_tokens (
    token text NOT NULL,
    uses_allowed integer,
    pending integer NOT NULL,
    completed integer NOT NULL,
    expiry_time bigint
);


--
-- Name: rejections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rejections (
    event_id text NOT NULL,
    reason text NOT NULL,
    last_check text NOT NULL
);


--
-- Name: remote_media_cache; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_media_cache (
    media_origin text,
    media_id text,
    media_type text,
    created_ts bigint,
    upload_name text,
    media_length integer,
    filesystem_id text,
    last_access_ts bigint,
    quarantined_by text,
    authenticated boolean DEFAULT false NOT NULL,
    sha256 text
);


--
-- Name: remote_media_cache_thumbnails; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.remote_media_cache_thumbnails (
    media_origin text,
    media_id text,
    thumbnail_width integer,
    thumbnail_height integer,
    thumbnail_method text,
    thumbnail_type text,
    thumbnail_length integer,
    filesystem_id text
);


--
-- Name: room_account_data; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_account_data (
    user_id text NOT NULL,
    room_id text NOT NULL,
    account_data_type text NOT NULL,
    stream_id bigint NOT NULL,
    content text NOT NULL,
    instance_name text
);


--
-- Name: room_alias_servers; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_alias_servers (
    room_alias text NOT NULL,
    server text NOT NULL
);


--
-- Name: room_aliases; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_aliases (
    room_alias text NOT NULL,
    room_id text NOT NULL,
    creator text
);


--
-- Name: room_ban_redactions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_ban_redactions (
    room_id text NOT NULL,
    user_id text NOT NULL,
    redacting_event_id text NOT NULL,
    redact_end_ordering bigint
);


--
-- Name: room_depth; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_depth (
    room_id text NOT NULL,
    min_depth bigint
);


--
-- Name: room_forgetter_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_forgetter_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT room_forgetter_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: room_memberships; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_memberships (
    event_id text NOT NULL,
    user_id text NOT NULL,
    sender text NOT NULL,
    room_id text NOT NULL,
    membership text NOT NULL,
    forgotten integer DEFAULT 0,
    display_name text,
    avatar_url text,
    event_stream_ordering bigint,
    participant boolean DEFAULT false
);


--
-- Name: room_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    room_id text NOT NULL,
    user_id text NOT NULL,
    reason text NOT NULL
);


--
-- Name: room_retention; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_retention (
    room_id text NOT NULL,
    event_id text NOT NULL,
    min_lifetime bigint,
    max_lifetime bigint
);


--
-- Name: room_stats_current; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_current (
    room_id text NOT NULL,
    current_state_events integer NOT NULL,
    joined_members integer NOT NULL,
    invited_members integer NOT NULL,
    left_members integer NOT NULL,
    banned_members integer NOT NULL,
    local_users_in_room integer NOT NULL,
    completed_delta_stream_id bigint NOT NULL,
    knocked_members integer
);


--
-- Name: room_stats_earliest_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_earliest_token (
    room_id text NOT NULL,
    token bigint NOT NULL
);


--
-- Name: room_stats_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_stats_state (
    room_id text NOT NULL,
    name text,
    canonical_alias text,
    join_rules text,
    history_visibility text,
    encryption text,
    avatar text,
    guest_access text,
    is_federatable boolean,
    topic text,
    room_type text
);


--
-- Name: room_tags; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_tags (
    user_id text NOT NULL,
    room_id text NOT NULL,
    tag text NOT NULL,
    content text NOT NULL
);


--
-- Name: room_tags_revisions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.room_tags_revisions (
    user_id text NOT NULL,
    room_id text NOT NULL,
    stream_id bigint NOT NULL,
    instance_name text
);


--
-- Name: rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.rooms (
    room_id text NOT NULL,
    is_public boolean,
    creator text,
    room_version text,
    has_auth_chain_index boolean
);


--
-- Name: scheduled_tasks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.scheduled_tasks (
    id text NOT NULL,
    action text NOT NULL,
    status text NOT NULL,
    "timestamp" bigint NOT NULL,
    resource_id text,
    params text,
    result text,
    error text
);


--
-- Name: schema_compat_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_compat_version (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    compat_version integer NOT NULL,
    CONSTRAINT schema_compat_version_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: schema_version; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.schema_version (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    version integer NOT NULL,
    upgraded boolean NOT NULL,
    CONSTRAINT schema_version_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: server_keys_json; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_keys_json (
    server_name text NOT NULL,
    key_id text NOT NULL,
    from_server text NOT NULL,
    ts_added_ms bigint NOT NULL,
    ts_valid_until_ms bigint NOT NULL,
    key_json bytea NOT NULL
);


--
-- Name: server_signature_keys; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.server_signature_keys (
    server_name text,
    key_id text,
    from_server text,
    ts_added_ms bigint,
    verify_key bytea,
    ts_valid_until_ms bigint
);


--
-- Name: sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sessions (
    session_type text NOT NULL,
    session_id text NOT NULL,
    value text NOT NULL,
    expiry_time_ms bigint NOT NULL
);


--
-- Name: sliding_sync_connection_lazy_members; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_lazy_members (
    connection_key bigint NOT NULL,
    connection_position bigint,
    room_id text NOT NULL,
    user_id text NOT NULL,
    last_seen_ts bigint NOT NULL
);


--
-- Name: sliding_sync_connection_positions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_positions (
    connection_position bigint NOT NULL,
    connection_key bigint NOT NULL,
    created_ts bigint NOT NULL
);


--
-- Name: sliding_sync_connection_positions_connection_position_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connection_positions ALTER COLUMN connection_position ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connection_positions_connection_position_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_connection_required_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_required_state (
    required_state_id bigint NOT NULL,
    connection_key bigint NOT NULL,
    required_state text NOT NULL
);


--
-- Name: sliding_sync_connection_required_state_required_state_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connection_required_state ALTER COLUMN required_state_id ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connection_required_state_required_state_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_connection_room_configs; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_room_configs (
    connection_position bigint NOT NULL,
    room_id text NOT NULL,
    timeline_limit bigint NOT NULL,
    required_state_id bigint NOT NULL
);


--
-- Name: sliding_sync_connection_streams; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connection_streams (
    connection_position bigint NOT NULL,
    stream text NOT NULL,
    room_id text NOT NULL,
    room_status text NOT NULL,
    last_token text
);


--
-- Name: sliding_sync_connections; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_connections (
    connection_key bigint NOT NULL,
    user_id text NOT NULL,
    effective_device_id text NOT NULL,
    conn_id text NOT NULL,
    created_ts bigint NOT NULL,
    last_used_ts bigint
);


--
-- Name: sliding_sync_connections_connection_key_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.sliding_sync_connections ALTER COLUMN connection_key ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.sliding_sync_connections_connection_key_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: sliding_sync_joined_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_joined_rooms (
    room_id text NOT NULL,
    event_stream_ordering bigint NOT NULL,
    bump_stamp bigint,
    room_type text,
    room_name text,
    is_encrypted boolean DEFAULT false NOT NULL,
    tombstone_successor_room_id text
);


--
-- Name: sliding_sync_joined_rooms_to_recalculate; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_joined_rooms_to_recalculate (
    room_id text NOT NULL
);


--
-- Name: sliding_sync_membership_snapshots; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sliding_sync_membership_snapshots (
    room_id text NOT NULL,
    user_id text NOT NULL,
    sender text NOT NULL,
    membership_event_id text NOT NULL,
    membership text NOT NULL,
    forgotten integer DEFAULT 0 NOT NULL,
    event_stream_ordering bigint NOT NULL,
    event_instance_name text NOT NULL,
    has_known_state boolean DEFAULT false NOT NULL,
    room_type text,
    room_name text,
    is_encrypted boolean DEFAULT false NOT NULL,
    tombstone_successor_room_id text
);


--
-- Name: state_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_events (
    event_id text NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    prev_state text
);


--
-- Name: state_group_edges; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_group_edges (
    state_group bigint NOT NULL,
    prev_state_group bigint NOT NULL
);


--
-- Name: state_group_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.state_group_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: state_groups; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups (
    id bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: state_groups_pending_deletion; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_pending_deletion (
    sequence_number bigint NOT NULL,
    state_group bigint NOT NULL,
    insertion_ts bigint NOT NULL
);


--
-- Name: state_groups_pending_deletion_sequence_number_seq; Type: SEQUENCE; Schema: public; Owner: -
--

ALTER TABLE public.state_groups_pending_deletion ALTER COLUMN sequence_number ADD GENERATED ALWAYS AS IDENTITY (
    SEQUENCE NAME public.state_groups_pending_deletion_sequence_number_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1
);


--
-- Name: state_groups_persisting; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_persisting (
    state_group bigint NOT NULL,
    instance_name text NOT NULL,
    inserted_ts bigint DEFAULT (EXTRACT(epoch FROM now()) * (1000)::numeric) NOT NULL
);


--
-- Name: state_groups_state; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.state_groups_state (
    state_group bigint NOT NULL,
    room_id text NOT NULL,
    type text NOT NULL,
    state_key text NOT NULL,
    event_id text NOT NULL
);
ALTER TABLE ONLY public.state_groups_state ALTER COLUMN state_group SET (n_distinct=-0.02);


--
-- Name: stats_incremental_position; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stats_incremental_position (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint NOT NULL,
    CONSTRAINT stats_incremental_position_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: sticky_events; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.sticky_events (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    event_id text NOT NULL,
    room_id text NOT NULL,
    event_stream_ordering integer NOT NULL,
    sender text NOT NULL,
    expires_at bigint NOT NULL
);


--
-- Name: sticky_events_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.sticky_events_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: stream_ordering_to_exterm; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stream_ordering_to_exterm (
    stream_ordering bigint NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL
);


--
-- Name: stream_positions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.stream_positions (
    stream_name text NOT NULL,
    instance_name text NOT NULL,
    stream_id bigint NOT NULL
);


--
-- Name: thread_subscriptions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.thread_subscriptions (
    stream_id integer NOT NULL,
    instance_name text NOT NULL,
    room_id text NOT NULL,
    event_id text NOT NULL,
    user_id text NOT NULL,
    subscribed boolean NOT NULL,
    automatic boolean NOT NULL,
    unsubscribed_at_stream_ordering bigint,
    unsubscribed_at_topological_ordering bigint
);


--
-- Name: TABLE thread_subscriptions; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON TABLE public.thread_subscriptions IS 'Tracks local users that subscribe to threads';


--
-- Name: COLUMN thread_subscriptions.subscribed; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.subscribed IS 'Whether the user is subscribed to the thread or not. We track unsubscribed threads because we need to stream the subscription change to the client.';


--
-- Name: COLUMN thread_subscriptions.automatic; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.automatic IS 'True if the user was subscribed to the thread automatically by their client, or false if the client manually requested the subscription.';


--
-- Name: COLUMN thread_subscriptions.unsubscribed_at_stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.unsubscribed_at_stream_ordering IS 'The maximum stream_ordering in the room when the unsubscription was made.';


--
-- Name: COLUMN thread_subscriptions.unsubscribed_at_topological_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.thread_subscriptions.unsubscribed_at_topological_ordering IS 'The maximum topological_ordering in the room when the unsubscription was made.';


--
-- Name: thread_subscriptions_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.thread_subscriptions_sequence
    START WITH 2
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: threads; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threads (
    room_id text NOT NULL,
    thread_id text NOT NULL,
    latest_event_id text NOT NULL,
    topological_ordering bigint NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: COLUMN threads.latest_event_id; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.latest_event_id IS 'the ID of the event that is latest, ordered by (topological_ordering, stream_ordering)';


--
-- Name: COLUMN threads.topological_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.topological_ordering IS 'the topological ordering of the thread''''s LATEST event.
Used as the primary way of ordering threads by recency in a room.';


--
-- Name: COLUMN threads.stream_ordering; Type: COMMENT; Schema: public; Owner: -
--

COMMENT ON COLUMN public.threads.stream_ordering IS 'the stream ordering of the thread''s LATEST event.
Used as a tie-breaker for ordering threads by recency in a room, when the topological order is a tie.
Also used for recency ordering in sliding sync.';


--
-- Name: threepid_guest_access_tokens; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_guest_access_tokens (
    medium text,
    address text,
    guest_access_token text,
    first_inviter text
);


--
-- Name: threepid_validation_session; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_validation_session (
    session_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    client_secret text NOT NULL,
    last_send_attempt bigint NOT NULL,
    validated_at bigint
);


--
-- Name: threepid_validation_token; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.threepid_validation_token (
    token text NOT NULL,
    session_id text NOT NULL,
    next_link text,
    expires bigint NOT NULL
);


--
-- Name: timeline_gaps; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.timeline_gaps (
    room_id text NOT NULL,
    instance_name text NOT NULL,
    stream_ordering bigint NOT NULL
);


--
-- Name: ui_auth_sessions; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions (
    session_id text NOT NULL,
    creation_time bigint NOT NULL,
    serverdict text NOT NULL,
    clientdict text NOT NULL,
    uri text NOT NULL,
    method text NOT NULL,
    description text NOT NULL
);


--
-- Name: ui_auth_sessions_credentials; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions_credentials (
    session_id text NOT NULL,
    stage_type text NOT NULL,
    result text NOT NULL
);


--
-- Name: ui_auth_sessions_ips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.ui_auth_sessions_ips (
    session_id text NOT NULL,
    ip text NOT NULL,
    user_agent text NOT NULL
);


--
-- Name: un_partial_stated_event_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.un_partial_stated_event_stream (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    event_id text NOT NULL,
    rejection_status_changed boolean NOT NULL
);


--
-- Name: un_partial_stated_event_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.un_partial_stated_event_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: un_partial_stated_room_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.un_partial_stated_room_stream (
    stream_id bigint NOT NULL,
    instance_name text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: un_partial_stated_room_stream_sequence; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.un_partial_stated_room_stream_sequence
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_daily_visits; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_daily_visits (
    user_id text NOT NULL,
    device_id text,
    "timestamp" bigint NOT NULL,
    user_agent text
);


--
-- Name: user_directory; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory (
    user_id text NOT NULL,
    room_id text,
    display_name text,
    avatar_url text
);


--
-- Name: user_directory_search; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_search (
    user_id text NOT NULL,
    vector tsvector
);


--
-- Name: user_directory_stale_remote_users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_stale_remote_users (
    user_id text NOT NULL,
    user_server_name text NOT NULL,
    next_try_at_ts bigint NOT NULL,
    retry_counter integer NOT NULL
);


--
-- Name: user_directory_stream_pos; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_directory_stream_pos (
    lock character(1) DEFAULT 'X'::bpchar NOT NULL,
    stream_id bigint,
    CONSTRAINT user_directory_stream_pos_lock_check CHECK ((lock = 'X'::bpchar))
);


--
-- Name: user_external_ids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_external_ids (
    auth_provider text NOT NULL,
    external_id text NOT NULL,
    user_id text NOT NULL
);


--
-- Name: user_filters; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_filters (
    user_id text NOT NULL,
    filter_id bigint NOT NULL,
    filter_json bytea NOT NULL,
    full_user_id text,
    CONSTRAINT full_user_id_not_null CHECK ((full_user_id IS NOT NULL))
);


--
-- Name: user_id_seq; Type: SEQUENCE; Schema: public; Owner: -
--

CREATE SEQUENCE public.user_id_seq
    START WITH 1
    INCREMENT BY 1
    NO MINVALUE
    NO MAXVALUE
    CACHE 1;


--
-- Name: user_ips; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_ips (
    user_id text NOT NULL,
    access_token text NOT NULL,
    device_id text,
    ip text NOT NULL,
    user_agent text NOT NULL,
    last_seen bigint NOT NULL
);


--
-- Name: user_reports; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_reports (
    id bigint NOT NULL,
    received_ts bigint NOT NULL,
    target_user_id text NOT NULL,
    user_id text NOT NULL,
    reason text NOT NULL
);


--
-- Name: user_signature_stream; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_signature_stream (
    stream_id bigint NOT NULL,
    from_user_id text NOT NULL,
    user_ids text NOT NULL,
    instance_name text
);


--
-- Name: user_stats_current; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_stats_current (
    user_id text NOT NULL,
    joined_rooms bigint NOT NULL,
    completed_delta_stream_id bigint NOT NULL
);


--
-- Name: user_threepid_id_server; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_threepid_id_server (
    user_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    id_server text NOT NULL
);


--
-- Name: user_threepids; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.user_threepids (
    user_id text NOT NULL,
    medium text NOT NULL,
    address text NOT NULL,
    validated_at bigint NOT NULL,
    added_at bigint NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users (
    name text,
    password_hash text,
    creation_ts bigint,
    admin smallint DEFAULT 0 NOT NULL,
    upgrade_ts bigint,
    is_guest smallint DEFAULT 0 NOT NULL,
    appservice_id text,
    consent_version text,
    consent_server_notice_sent text,
    user_type text,
    deactivated smallint DEFAULT 0 NOT NULL,
    shadow_banned boolean,
    consent_ts bigint,
    approved boolean,
    locked boolean DEFAULT false NOT NULL,
    suspended boolean DEFAULT false NOT NULL
);


--
-- Name: users_in_public_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_in_public_rooms (
    user_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: users_pending_deactivation; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_pending_deactivation (
    user_id text NOT NULL
);


--
-- Name: users_to_send_full_presence_to; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_to_send_full_presence_to (
    user_id text NOT NULL,
    presence_stream_id bigint
);


--
-- Name: users_who_share_private_rooms; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.users_who_share_private_rooms (
    user_id text NOT NULL,
    other_user_id text NOT NULL,
    room_id text NOT NULL
);


--
-- Name: worker_locks; Type: TABLE; Schema: public; Owner: -
--

CREATE TABLE public.worker_locks (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    instance_name text NOT NULL,
    token text NOT NULL,
    last_renewed_ts bigint NOT NULL
);


--
-- Name: worker_read_write_locks; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.worker_read_write_locks (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    instance_name text NOT NULL,
    write_lock boolean NOT NULL,
    token text NOT NULL,
    last_renewed_ts bigint NOT NULL
);


--
-- Name: worker_read_write_locks_mode; Type: TABLE; Schema: public; Owner: -
--

CREATE UNLOGGED TABLE public.worker_read_write_locks_mode (
    lock_name text NOT NULL,
    lock_key text NOT NULL,
    write_lock boolean NOT NULL,
    token text NOT NULL
);


--
-- Name: instance_map instance_id; Type: DEFAULT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_map ALTER COLUMN instance_id SET DEFAULT nextval('public.instance_map_instance_id_seq'::regclass);


--
-- Data for Name: access_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.access_tokens (id, user_id, device_id, token, valid_until_ms, puppets_user_id, last_validated, refresh_token_id, used) FROM stdin;
2	@alice:localhost:8481	KWSAMZMWRP	syt_YWxpY2U_EFKqTuExJxGEPYsxPLYH_1WJKNf	\N	\N	1796184406736	\N	t
3	@bob:localhost:8481	LDWERMVODR	syt_Ym9i_gaBOlOtrXIyzsBxuZuJH_0pQuoT	\N	\N	1796184407143	\N	t
\.


--
-- Data for Name: account_data; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_data (user_id, account_data_type, stream_id, content, instance_name) FROM stdin;
\.


--
-- Data for Name: account_validity; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.account_validity (user_id, expiration_ts_ms, email_sent, renewal_token, token_used_ts_ms) FROM stdin;
\.


--
-- Data for Name: application_services_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_services_state (as_id, state, read_receipt_stream_id, presence_stream_id, to_device_stream_id, device_list_stream_id) FROM stdin;
\.


--
-- Data for Name: application_services_txns; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.application_services_txns (as_id, txn_id, event_ids) FROM stdin;
\.


--
-- Data for Name: applied_module_schemas; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applied_module_schemas (module_name, file) FROM stdin;
\.


--
-- Data for Name: applied_schema_deltas; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.applied_schema_deltas (version, file) FROM stdin;
73	73/01event_failed_pull_attempts.sql
73	73/02add_pusher_enabled.sql
73	73/02room_id_indexes_for_purging.sql
73	73/03pusher_device_id.sql
73	73/03users_approved_column.sql
73	73/04partial_join_details.sql
73	73/04pending_device_list_updates.sql
73	73/05old_push_actions.sql.postgres
73	73/06thread_notifications_thread_id_idx.sql
73	73/08thread_receipts_non_null.sql.postgres
73	73/09partial_joined_via_destination.sql
73	73/09threads_table.sql
73	73/10_update_sqlite_fts4_tokenizer.py
73	73/10login_tokens.sql
73	73/11event_search_room_id_n_distinct.sql.postgres
73	73/12refactor_device_list_outbound_pokes.sql
73	73/13add_device_lists_index.sql
73	73/20_un_partial_stated_room_stream.sql
73	73/21_un_partial_stated_room_stream_seq.sql.postgres
73	73/22_rebuild_user_dir_stats.sql
73	73/22_un_partial_stated_event_stream.sql
73	73/23_fix_thread_index.sql
73	73/23_un_partial_stated_room_stream_seq.sql.postgres
73	73/24_events_jump_to_date_index.sql
73	73/25drop_presence.sql
74	74/01_user_directory_stale_remote_users.sql
74	74/02_set_device_id_for_pushers_bg_update.sql
74	74/03_membership_tables_event_stream_ordering.sql.postgres
74	74/03_room_membership_index.sql
74	74/04_delete_e2e_backup_keys_for_deactivated_users.sql
74	74/04_membership_tables_event_stream_ordering_triggers.py
74	74/05_events_txn_id_device_id.sql
74	74/90COMMENTS_destinations.sql.postgres
76	76/01_add_profiles_full_user_id_column.sql
76	76/02_add_user_filters_full_user_id_column.sql
76	76/03_per_user_experimental_features.sql
76	76/04_add_room_forgetter.sql
77	77/01_add_profiles_not_valid_check.sql.postgres
77	77/02_add_user_filters_not_valid_check.sql.postgres
77	77/03bg_populate_full_user_id_profiles.sql
77	77/04bg_populate_full_user_id_user_filters.sql
77	77/05thread_notifications_backfill.sql
77	77/06thread_notifications_not_null_event_push_actions.sql.postgres
77	77/06thread_notifications_not_null_event_push_actions_staging.sql.postgres
77	77/06thread_notifications_not_null_event_push_summary.sql.postgres
77	77/14bg_indices_event_stream_ordering.sql
78	78/01_validate_and_update_profiles.py
78	78/02_validate_and_update_user_filters.py
78	78/03_remove_unused_indexes_user_filters.py
78	78/03event_extremities_constraints.py
78	78/04_add_full_user_id_index_user_filters.py
79	79/03_read_write_locks_triggers.sql.postgres
79	79/04_mitigate_stream_ordering_update_race.py
79	79/05_read_write_locks_triggers.sql.postgres
80	80/01_users_alter_locked.sql
80	80/02_read_write_locks_unlogged.sql.postgres
80	80/02_scheduled_tasks.sql
80	80/03_read_write_locks_triggers.sql.postgres
80	80/04_read_write_locks_deadlock.sql.postgres
82	82/02_scheduled_tasks_index.sql
82	82/04_add_indices_for_purging_rooms.sql
82	82/05gaps.sql
83	83/01_drop_old_tables.sql
83	83/05_cross_signing_key_update_grant.sql
83	83/06_event_push_summary_room.sql
84	84/01_auth_links_stats.sql.postgres
84	84/02_auth_links_index.sql
84	84/03_auth_links_analyze.sql.postgres
84	84/04_access_token_index.sql
85	85/01_add_suspended.sql
85	85/02_add_instance_names.sql
85	85/03_new_sequences.sql.postgres
85	85/04_cleanup_device_federation_outbox.sql
85	85/05_add_instance_names_converted_pos.sql
85	85/06_add_room_reports.sql
86	86/01_authenticate_media.sql
86	86/02_receipts_event_id_index.sql
87	87/01_sliding_sync_memberships.sql
87	87/02_per_connection_state.sql
87	87/03_current_state_index.sql
88	88/01_add_delayed_events.sql
88	88/01_custom_profile_fields.sql
88	88/02_fix_sliding_sync_membership_snapshots_forgotten_column.sql
88	88/03_add_otk_ts_added_index.sql
88	88/04_current_state_delta_index.sql
88	88/05_drop_old_otks.sql.postgres
88	88/05_sliding_sync_room_config_index.sql
88	88/06_events_received_ts_index.sql
89	89/01_sliding_sync_membership_snapshot_index.sql
89	89/01_state_groups_deletion.sql
90	90/01_add_column_participant_room_memberships_table.sql
90	90/02_delete_unreferenced_state_groups.sql
90	90/03_remove_old_deletion_bg_update.sql
91	91/01_media_hash.sql
92	92/01_remove_trigger.sql.postgres
92	92/02_remove_populate_participant_bg_update.sql
92	92/04_ss_membership_snapshot_idx.sql
92	92/04_thread_subscriptions.sql
92	92/04_thread_subscriptions_seq.sql.postgres
92	92/05_fixup_max_depth_cap.sql
92	92/05_thread_subscriptions_comments.sql.postgres
92	92/06_device_federation_inbox_index.sql
92	92/06_threads_last_sent_stream_ordering_comments.sql.postgres
92	92/07_add_user_reports.sql
92	92/07_event_txn_id_device_id_txn_id2.sql
92	92/08_room_ban_redactions.sql
92	92/08_thread_subscriptions_seq_fixup.sql.postgres
92	92/09_thread_subscriptions_update.sql
92	92/09_thread_subscriptions_update.sql.postgres
93	93/01_add_delayed_events.sql
93	93/01_sticky_events.sql
93	93/01_sticky_events_seq.sql.postgres
93	93/02_sliding_sync_members.sql
93	93/03_sss_pos_last_used.sql
93	93/04_make_delayed_event_content_text.py
94	94/01_redactions_recheck.sql
94	94/01_state_groups_persisting_inserted_ts.sql.postgres
94	94/02_redactions_recheck_bg_update.sql
94	94/03_device_lists_room_timestamp.sql
94	94/03_quarantined_media_tracking.sql
94	94/03_quarantined_media_tracking_seq.sql.postgres
94	94/03_state_dag_fwd_extrems.sql
94	94/04_device_lists_changes_max_pruned.sql
94	94/05_rerun_flag_existing_quarantined_media.sql
94	94/06_sliding_sync_connections_last_used_ts_index.sql
94	94/07_profile_updates.sql
94	94/07_profile_updates_seq.sql.postgres
94	94/07_sliding_sync_lazy_members_position_index.sql
94	94/08_device_lists_changes_in_room_unconverted_idx.sql
94	94/09_e2e_cross_signing_signatures_index.sql
94	94/10_e2e_cross_signing_signatures_add_key_id_to_index.sql
94	94/11_destination_room_sticky_events.sql
\.


--
-- Data for Name: appservice_room_list; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.appservice_room_list (appservice_id, network_id, room_id) FROM stdin;
\.


--
-- Data for Name: appservice_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.appservice_stream_position (lock, stream_ordering) FROM stdin;
X	0
\.


--
-- Data for Name: background_updates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.background_updates (update_name, progress_json, depends_on, ordering) FROM stdin;
\.


--
-- Data for Name: blocked_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.blocked_rooms (room_id, user_id) FROM stdin;
\.


--
-- Data for Name: cache_invalidation_stream_by_instance; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.cache_invalidation_stream_by_instance (stream_id, instance_name, cache_func, keys, invalidation_ts) FROM stdin;
\.


--
-- Data for Name: current_state_delta_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.current_state_delta_stream (stream_id, room_id, type, state_key, event_id, prev_event_id, instance_name) FROM stdin;
2	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.create		$17961844070ffoxm:localhost:8481	\N	master
3	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@alice:localhost:8481	$17961844071dFuIp:localhost:8481	\N	master
4	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.name		$17961844075sDqBS:localhost:8481	\N	master
4	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.history_visibility		$17961844074wOsWa:localhost:8481	\N	master
4	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.join_rules		$17961844073fWqDg:localhost:8481	\N	master
4	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.power_levels		$17961844072iUHHY:localhost:8481	\N	master
8	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@bob:localhost:8481	$17961844076VnjuX:localhost:8481	\N	master
9	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@carol:localhost:8482	$17961844080phLwg:localhost:8482	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@alice:localhost:8481	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.create		$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.history_visibility		$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.join_rules		$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.name		$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	\N	master
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.power_levels		$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	\N	master
13	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@carol:localhost:8482	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	\N	master
16	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.create		$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	\N	master
17	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@alice:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	\N	master
18	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	\N	master
18	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.history_visibility		$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	\N	master
18	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.join_rules		$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	\N	master
18	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.power_levels		$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	\N	master
22	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@carol:localhost:8482	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	\N	master
25	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.create		$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	\N	master
26	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@alice:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	\N	master
27	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.name		$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	\N	master
27	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.history_visibility		$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	\N	master
27	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.join_rules		$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	\N	master
27	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.power_levels		$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	\N	master
31	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@carol:localhost:8482	$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	\N	master
32	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.create		$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	\N	master
33	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@alice:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	\N	master
34	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.name		$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	\N	master
34	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.join_rules		$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	\N	master
34	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.history_visibility		$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	\N	master
34	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.power_levels		$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	\N	master
38	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@carol:localhost:8482	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	\N	master
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	\N	master
41	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@carol:localhost:8482	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	\N	master
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@bob:localhost:8481	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	\N	master
47	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.create		$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	master
48	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@alice:localhost:8481	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	\N	master
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.name		$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	\N	master
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.history_visibility		$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	\N	master
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.join_rules		$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	\N	master
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.power_levels		$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	\N	master
53	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@carol:localhost:8482	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	\N	master
\.


--
-- Data for Name: current_state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.current_state_events (event_id, room_id, type, state_key, membership, event_stream_ordering) FROM stdin;
$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.create		\N	2
$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@alice:localhost:8481	join	3
$17961844075sDqBS:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.name		\N	7
$17961844074wOsWa:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.history_visibility		\N	6
$17961844073fWqDg:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.join_rules		\N	5
$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.power_levels		\N	4
$17961844076VnjuX:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@bob:localhost:8481	join	8
$17961844080phLwg:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@carol:localhost:8482	join	9
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@alice:localhost:8481	join	12
$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.create		\N	-2
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.history_visibility		\N	-5
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.join_rules		\N	-6
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.name		\N	-7
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.power_levels		\N	-4
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@carol:localhost:8482	join	-3
$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.create		\N	16
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@alice:localhost:8481	join	17
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		\N	21
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.history_visibility		\N	20
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.join_rules		\N	19
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.power_levels		\N	18
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@carol:localhost:8482	join	22
$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.create		\N	25
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@alice:localhost:8481	join	26
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.name		\N	30
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.history_visibility		\N	29
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.join_rules		\N	28
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.power_levels		\N	27
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@carol:localhost:8482	join	31
$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.create		\N	32
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@alice:localhost:8481	join	33
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.name		\N	37
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.join_rules		\N	36
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.history_visibility		\N	35
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.power_levels		\N	34
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@carol:localhost:8482	join	38
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	join	40
$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		\N	-8
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		\N	-13
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		\N	-12
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		\N	-11
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		\N	-10
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@carol:localhost:8482	join	-9
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@bob:localhost:8481	join	42
$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.create		\N	47
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@alice:localhost:8481	join	48
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.name		\N	52
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.history_visibility		\N	51
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.join_rules		\N	50
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.power_levels		\N	49
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@carol:localhost:8482	join	53
\.


--
-- Data for Name: dehydrated_devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.dehydrated_devices (user_id, device_id, device_data) FROM stdin;
\.


--
-- Data for Name: delayed_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.delayed_events (delay_id, user_localpart, device_id, delay, send_ts, room_id, event_type, state_key, origin_server_ts, content, is_processed, sticky_duration_ms) FROM stdin;
\.


--
-- Data for Name: delayed_events_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.delayed_events_stream_pos (lock, stream_id) FROM stdin;
X	62
\.


--
-- Data for Name: deleted_pushers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.deleted_pushers (stream_id, app_id, pushkey, user_id, instance_name) FROM stdin;
\.


--
-- Data for Name: destination_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destination_rooms (destination, room_id, stream_ordering) FROM stdin;
localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	57
localhost:8482	!wjlfuPdTofvFdQLWIL:localhost:8482	15
localhost:8482	!dsnnDzTCnPaxcAJujC:localhost:8481	61
localhost:8482	!pXnwkVcRsfdzmWaoUr:localhost:8482	62
localhost:8482	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	56
\.


--
-- Data for Name: destination_rooms_sticky_events_backlog; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destination_rooms_sticky_events_backlog (destination, room_id, sticky_events_stream_position) FROM stdin;
\.


--
-- Data for Name: destinations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.destinations (destination, retry_last_ts, retry_interval, failure_ts, last_successful_stream_ordering) FROM stdin;
localhost:8482	\N	\N	\N	62
\.


--
-- Data for Name: device_auth_providers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_auth_providers (user_id, device_id, auth_provider_id, auth_provider_session_id) FROM stdin;
\.


--
-- Data for Name: device_federation_inbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_federation_inbox (origin, message_id, received_ts, instance_name) FROM stdin;
\.


--
-- Data for Name: device_federation_outbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_federation_outbox (destination, stream_id, queued_ts, messages_json, instance_name) FROM stdin;
\.


--
-- Data for Name: device_inbox; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_inbox (user_id, device_id, stream_id, message_json, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_changes_converted_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_converted_stream_position (lock, stream_id, room_id, instance_name) FROM stdin;
X	3		master
\.


--
-- Data for Name: device_lists_changes_in_room; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_in_room (user_id, device_id, room_id, stream_id, converted_to_destinations, opentracing_context, instance_name, inserted_ts) FROM stdin;
\.


--
-- Data for Name: device_lists_changes_in_room_max_pruned_stream_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_changes_in_room_max_pruned_stream_id (lock, stream_id) FROM stdin;
X	0
\.


--
-- Data for Name: device_lists_outbound_last_success; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_outbound_last_success (destination, user_id, stream_id) FROM stdin;
\.


--
-- Data for Name: device_lists_outbound_pokes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_outbound_pokes (destination, stream_id, user_id, device_id, sent, ts, opentracing_context, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_cache (user_id, device_id, content) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_extremeties; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_extremeties (user_id, stream_id) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_pending; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_pending (stream_id, user_id, device_id, instance_name) FROM stdin;
\.


--
-- Data for Name: device_lists_remote_resync; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_remote_resync (user_id, added_ts) FROM stdin;
\.


--
-- Data for Name: device_lists_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.device_lists_stream (stream_id, user_id, device_id, instance_name) FROM stdin;
2	@alice:localhost:8481	KWSAMZMWRP	master
3	@bob:localhost:8481	LDWERMVODR	master
\.


--
-- Data for Name: devices; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.devices (user_id, device_id, display_name, last_seen, ip, user_agent, hidden) FROM stdin;
@alice:localhost:8481	KWSAMZMWRP	\N	1796184421982	127.0.0.1	Python-urllib/3.11	f
@bob:localhost:8481	LDWERMVODR	\N	1796184723563	127.0.0.1	Python-urllib/3.11	f
\.


--
-- Data for Name: e2e_cross_signing_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_cross_signing_keys (user_id, keytype, keydata, stream_id, updatable_without_uia_before_ms, instance_name) FROM stdin;
\.


--
-- Data for Name: e2e_cross_signing_signatures; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_cross_signing_signatures (user_id, key_id, target_user_id, target_device_id, signature) FROM stdin;
\.


--
-- Data for Name: e2e_device_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_device_keys_json (user_id, device_id, ts_added_ms, key_json) FROM stdin;
\.


--
-- Data for Name: e2e_fallback_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_fallback_keys_json (user_id, device_id, algorithm, key_id, key_json, used) FROM stdin;
\.


--
-- Data for Name: e2e_one_time_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_one_time_keys_json (user_id, device_id, algorithm, key_id, ts_added_ms, key_json) FROM stdin;
\.


--
-- Data for Name: e2e_room_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_room_keys (user_id, room_id, session_id, version, first_message_index, forwarded_count, is_verified, session_data) FROM stdin;
\.


--
-- Data for Name: e2e_room_keys_versions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.e2e_room_keys_versions (user_id, version, algorithm, auth_data, deleted, etag) FROM stdin;
\.


--
-- Data for Name: erased_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.erased_users (user_id) FROM stdin;
\.


--
-- Data for Name: event_auth; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth (event_id, auth_id, room_id) FROM stdin;
$17961844071dFuIp:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844072iUHHY:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844072iUHHY:localhost:8481	$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844073fWqDg:localhost:8481	$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844073fWqDg:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844073fWqDg:localhost:8481	$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844074wOsWa:localhost:8481	$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844074wOsWa:localhost:8481	$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844074wOsWa:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844075sDqBS:localhost:8481	$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844075sDqBS:localhost:8481	$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844075sDqBS:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844076VnjuX:localhost:8481	$17961844073fWqDg:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844076VnjuX:localhost:8481	$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844076VnjuX:localhost:8481	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844080phLwg:localhost:8482	$17961844073fWqDg:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844080phLwg:localhost:8482	$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$17961844080phLwg:localhost:8482	$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	!wjlfuPdTofvFdQLWIL:localhost:8482
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	!dsnnDzTCnPaxcAJujC:localhost:8481
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	!KKAXkkiblPjOABEkLa:localhost:8481
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	!rqignVjkoFMkqEuiFT:localhost:8481
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	!pXnwkVcRsfdzmWaoUr:localhost:8482
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	!pXnwkVcRsfdzmWaoUr:localhost:8482
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	!dsnnDzTCnPaxcAJujC:localhost:8481
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481
\.


--
-- Data for Name: event_auth_chain_links; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chain_links (origin_chain_id, origin_sequence_number, target_chain_id, target_sequence_number) FROM stdin;
2	1	1	1
5	1	2	1
6	1	5	1
4	1	5	1
3	1	5	1
7	1	6	1
8	1	6	1
10	1	12	1
11	1	10	1
14	1	11	1
9	1	11	1
13	1	11	1
15	1	9	1
17	1	16	1
20	1	17	1
19	1	20	1
21	1	20	1
18	1	20	1
22	1	19	1
24	1	23	1
27	1	24	1
26	1	27	1
28	1	27	1
25	1	27	1
29	1	25	1
31	1	30	1
34	1	31	1
33	1	34	1
35	1	34	1
32	1	34	1
36	1	33	1
37	1	40	1
39	1	37	1
38	1	39	1
42	1	39	1
41	1	39	1
43	1	42	1
44	1	42	1
46	1	45	1
50	1	46	1
49	1	50	1
48	1	50	1
47	1	50	1
51	1	47	1
52	1	22	1
\.


--
-- Data for Name: event_auth_chain_to_calculate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chain_to_calculate (event_id, room_id, type, state_key) FROM stdin;
\.


--
-- Data for Name: event_auth_chains; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_auth_chains (event_id, chain_id, sequence_number) FROM stdin;
$17961844070ffoxm:localhost:8481	1	1
$17961844071dFuIp:localhost:8481	2	1
$17961844072iUHHY:localhost:8481	5	1
$17961844073fWqDg:localhost:8481	6	1
$17961844074wOsWa:localhost:8481	4	1
$17961844075sDqBS:localhost:8481	3	1
$17961844076VnjuX:localhost:8481	7	1
$17961844080phLwg:localhost:8482	8	1
$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	12	1
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	10	1
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	11	1
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	14	1
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	9	1
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	13	1
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	15	1
$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	16	1
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	17	1
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	20	1
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	19	1
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	21	1
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	18	1
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	22	1
$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	23	1
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	24	1
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	27	1
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	26	1
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	28	1
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	25	1
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	29	1
$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	30	1
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	31	1
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	34	1
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	33	1
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	35	1
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	32	1
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	36	1
$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	40	1
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	37	1
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	39	1
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	38	1
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	42	1
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	41	1
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	43	1
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	44	1
$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	45	1
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	46	1
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	50	1
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	49	1
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	48	1
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	47	1
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	51	1
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	52	1
\.


--
-- Data for Name: event_backward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_backward_extremities (event_id, room_id) FROM stdin;
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	!wjlfuPdTofvFdQLWIL:localhost:8482
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	!pXnwkVcRsfdzmWaoUr:localhost:8482
\.


--
-- Data for Name: event_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_edges (event_id, prev_event_id, room_id, is_state) FROM stdin;
$17961844071dFuIp:localhost:8481	$17961844070ffoxm:localhost:8481	\N	f
$17961844072iUHHY:localhost:8481	$17961844071dFuIp:localhost:8481	\N	f
$17961844073fWqDg:localhost:8481	$17961844072iUHHY:localhost:8481	\N	f
$17961844074wOsWa:localhost:8481	$17961844073fWqDg:localhost:8481	\N	f
$17961844075sDqBS:localhost:8481	$17961844074wOsWa:localhost:8481	\N	f
$17961844076VnjuX:localhost:8481	$17961844075sDqBS:localhost:8481	\N	f
$17961844080phLwg:localhost:8482	$17961844076VnjuX:localhost:8481	\N	f
$17961844088dOEFw:localhost:8481	$17961844080phLwg:localhost:8482	\N	f
$17961844091QNqZA:localhost:8482	$17961844088dOEFw:localhost:8481	\N	f
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	\N	f
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	\N	f
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	\N	f
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	\N	f
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	\N	f
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	\N	f
$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	\N	f
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	\N	f
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	\N	f
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	\N	f
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	\N	f
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	\N	f
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	\N	f
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	\N	f
$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	\N	f
$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	\N	f
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	\N	f
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	\N	f
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	\N	f
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	\N	f
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	\N	f
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	\N	f
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	\N	f
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	\N	f
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	\N	f
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	\N	f
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	\N	f
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	\N	f
$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	\N	f
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	\N	f
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	\N	f
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	\N	f
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	\N	f
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	\N	f
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	\N	f
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	\N	f
$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	\N	f
$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	\N	f
$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	\N	f
$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	\N	f
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	f
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	\N	f
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	\N	f
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	\N	f
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	\N	f
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	\N	f
$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	\N	f
$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	\N	f
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	\N	f
$17961844220eThYt:localhost:8481	$17961844091QNqZA:localhost:8482	\N	f
$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	\N	f
$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	\N	f
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	\N	f
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	\N	f
\.


--
-- Data for Name: event_expiry; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_expiry (event_id, expiry_ts) FROM stdin;
\.


--
-- Data for Name: event_failed_pull_attempts; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_failed_pull_attempts (room_id, event_id, num_attempts, last_attempt_ts, last_cause) FROM stdin;
\.


--
-- Data for Name: event_forward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_forward_extremities (event_id, room_id) FROM stdin;
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	!wjlfuPdTofvFdQLWIL:localhost:8482
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	!KKAXkkiblPjOABEkLa:localhost:8481
$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	!rqignVjkoFMkqEuiFT:localhost:8481
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
$17961844220eThYt:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	!dsnnDzTCnPaxcAJujC:localhost:8481
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	!pXnwkVcRsfdzmWaoUr:localhost:8482
\.


--
-- Data for Name: event_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_json (event_id, room_id, internal_metadata, json, format_version) FROM stdin;
$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"lLjxz6rEDK982Gac3riBy0uMDqxagZYXcIcg89kFKAkoKN4lgBHiFLECCMMg4d7sr57rwekDzG/K1eIaDAZGDQ"}},"unsigned":{"age_ts":1796184407676},"auth_events":[],"prev_events":[],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844070ffoxm:localhost:8481","content":{"creator":"@alice:localhost:8481","room_version":"1"},"depth":1,"hashes":{"sha256":"5nSSou9ZL07PZry/VatrWtNag6s0SwK+zbjXlWoHKkg"},"origin_server_ts":1796184407676,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.create"}	1
$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"bw8kjYi6R5SgTARIg1ZkgcUrVqLY4LnRTtWO0fBW/zrowRp+KWkt1p/XXbet9lTsTFs7LatdK81PUzgR3lI2BQ"}},"unsigned":{"age_ts":1796184407764},"auth_events":[["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844071dFuIp:localhost:8481","content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"mzPbVu+ZYhrijmKNVcaxugQCOrEAOq+CNVFqpUG9/1g"},"origin_server_ts":1796184407764,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	1
$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"u5f2SFjzVGoa11Ck/Fe4nlWewzJH47ZfXm5R9WQdFqFGXgIyuBgVuynnPWIGzwfqS547ULqRhor/ErwzmNJOCg"}},"unsigned":{"age_ts":1796184407823},"auth_events":[["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}],["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}]],"prev_events":[["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844072iUHHY:localhost:8481","content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@alice:localhost:8481":100},"users_default":0},"depth":3,"hashes":{"sha256":"bx+npRd4Os5iMHzN02LMKqNYsdIpmRkGdCuNwiTI1G4"},"origin_server_ts":1796184407823,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.power_levels"}	1
$17961844073fWqDg:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"aDjfaE49fZk5LnpYiBFf+Vie60fnNuTQD9cVurqF9j6LN2F2HIFb3nT5u88yJHSkGHZV2pDMOvNesOmdHPOJBg"}},"unsigned":{"age_ts":1796184407854},"auth_events":[["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}],["$17961844072iUHHY:localhost:8481",{}]],"prev_events":[["$17961844072iUHHY:localhost:8481",{}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844073fWqDg:localhost:8481","content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"Mi9QQfQDx+K1/wvuBXjZQTq6ATmV0G2XHUamaoFzGzA"},"origin_server_ts":1796184407854,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.join_rules"}	1
$17961844074wOsWa:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"fObRVb0RPajIzrKYOKzb6IYcLPOKoCdxrB3gw6M7vwKTZ+xOtI7b+sFTa/zs9HaTXHLKILp1UAxJ76hagwpyDQ"}},"unsigned":{"age_ts":1796184407858},"auth_events":[["$17961844072iUHHY:localhost:8481",{}],["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844073fWqDg:localhost:8481",{}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844074wOsWa:localhost:8481","content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"YuVTfhdQmpWjj4Lx9QqpVdGNldeS1rZBWSbL4h1mrDA"},"origin_server_ts":1796184407858,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.history_visibility"}	1
$17961844075sDqBS:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"mh3vZG7a+fujDOJ4A0aNyjNLrL4Up9YetC3wJzXI0NZ7tKJGUjLk/tHI3i3pvSfk+hHXyGatQL9xEQZGG9iABw"}},"unsigned":{"age_ts":1796184407862},"auth_events":[["$17961844072iUHHY:localhost:8481",{}],["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844074wOsWa:localhost:8481",{}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844075sDqBS:localhost:8481","content":{"name":"fixture v1"},"depth":6,"hashes":{"sha256":"BQvB29pp1sm+LXtiMrvCn6hJ1aFtHRPH09pD1RQEnB0"},"origin_server_ts":1796184407862,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.name"}	1
$17961844076VnjuX:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"LDWERMVODR"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"KfU4YQ9t8wVvdgpNXcYPc539UlMTfza9TT1Xih3/uyZskTXTUO2pmGtK5vutS4neN5N9Lkv6818jCsf2YQ4vDg"}},"unsigned":{"age_ts":1796184407953},"auth_events":[["$17961844073fWqDg:localhost:8481",{}],["$17961844072iUHHY:localhost:8481",{}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844075sDqBS:localhost:8481",{"sha256":"R51jDTBlb8LFRbPjKMMULashDaufMqjmpA4W6qKqTvU"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844076VnjuX:localhost:8481","content":{"displayname":"bob","membership":"join"},"depth":7,"hashes":{"sha256":"5JjrzHXnACg3aPS/32BUokDzaorYRSZfxsA6hXTwPFI"},"origin_server_ts":1796184407953,"sender":"@bob:localhost:8481","state_key":"@bob:localhost:8481","type":"m.room.member"}	1
$17961844080phLwg:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	{"send_on_behalf_of":"localhost:8482"}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"0eozWgfhV662lukJ58Y0sS5N6XXWNmZ0p2/WAaolY6f8a4eitIwj07aZw/73XJsBSxvW6tIhScZGmp8iO6+xAg"}},"unsigned":{},"auth_events":[["$17961844073fWqDg:localhost:8481",{}],["$17961844072iUHHY:localhost:8481",{}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844076VnjuX:localhost:8481",{"sha256":"90YRGqjakEhbFUm8xqs6YrsSFeJCy0YGa4aXy1tXcWo"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844080phLwg:localhost:8482","content":{"avatar_url":null,"displayname":"carol","membership":"join"},"depth":8,"hashes":{"sha256":"VNy+H1uFsCNm3RBBKE0XbusjggV9dWnXkF3v+/xzq60"},"origin_server_ts":1796184408294,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	1
$17961844088dOEFw:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184408611355903-1"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"Dixaqh0sB2yK5xqawMYX4kLxEhjnKwZSK7jQie322KaQpW5txsXldzWVSCGkWEA2LFIVObDUauFxjSL+mgS/AA"}},"unsigned":{"age_ts":1796184408623},"auth_events":[["$17961844072iUHHY:localhost:8481",{}],["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844080phLwg:localhost:8482",{"sha256":"/t3EAQQ6cUb/e+JEeg3la3jsetIdf+mJU3tXP54M6ZI"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844088dOEFw:localhost:8481","content":{"body":"hello from alice in a version 1 room","msgtype":"m.text"},"depth":9,"hashes":{"sha256":"YlTGp1RmjwUCTrzWJlmu0xYpk2u+w2Rms3wDVjlMOAc"},"origin_server_ts":1796184408623,"sender":"@alice:localhost:8481","type":"m.room.message"}	1
$17961844091QNqZA:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"0e0gTLi2AQikCYaZVatFz5kF/nw6FTVtSR6p7Lez1gSS2e19ljhx6/yqwg00gyaZbVqqiyy1j8KpDWxUzYQiCA"}},"unsigned":{},"auth_events":[["$17961844072iUHHY:localhost:8481",{"sha256":"3pL1TEbeiBiZzxx9zqpsQuuTpxQgjeVT5tY6TPAsKvs"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}],["$17961844080phLwg:localhost:8482",{"sha256":"/t3EAQQ6cUb/e+JEeg3la3jsetIdf+mJU3tXP54M6ZI"}]],"prev_events":[["$17961844088dOEFw:localhost:8481",{"sha256":"ATNbnH4nUEr4nTZo+GfjLSasMJWVHay7rnctrTI4/I4"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844091QNqZA:localhost:8482","content":{"body":"hello from carol in a version 1 room","msgtype":"m.text"},"depth":10,"hashes":{"sha256":"fRZZdsq/si+MftiXGs7N/FFH6V9YGw6cdigPn4xg66A"},"origin_server_ts":1796184409286,"sender":"@carol:localhost:8482","type":"m.room.message"}	1
$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"msVqG2sRolYhViquOfTCuMadXU7NrWCzi2w4HCgnIUU40lfUB0ZrWx7QRH7tF9t4NSvNpbyl+Dq6sGQmyOIZBQ"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":[],"prev_events":[],"content":{"creator":"@carol:localhost:8482","room_version":"5"},"depth":1,"hashes":{"sha256":"vHNsMOo1MbeS2cKYSDa56UyApcJIuAZBkoBIKmirkUM"},"origin_server_ts":1796184409632,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.create"}	3
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"u5sphr+Kqn1vX/PeQtPU8Jp4GVp5blp/TOq4Hf9TvZoRx2MR7eTIzLTFoNyOx7DHp8Ok4PM5Ze6XpvccBJWJAA"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY"],"prev_events":["$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY"],"content":{"displayname":"carol","membership":"join"},"depth":2,"hashes":{"sha256":"zkAGehgHh4eDEyysn/CpnvZZxZLKiIaWdTHd52BWLlA"},"origin_server_ts":1796184409671,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	3
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"CYdP0hzJrgyRlMPk6NAL4pZYGhe1/QkBGzHa78DXVQh/uAvoleNFVPm2sWSQveD68WdN4pnOWg8+l0YE03j0BQ"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"prev_events":["$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@carol:localhost:8482":100},"users_default":0},"depth":3,"hashes":{"sha256":"3EATlYz5QI0hMJB56xlQmGrloqzTWo76Kocz889FhUM"},"origin_server_ts":1796184409717,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.power_levels"}	3
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"eitsBk5DULdEnutc8ljgdvEjhKI9pbZ2YcUfZNIw3rqjL62y8onY58O7ETtOkeFXTybpQNA55y5pUB1gnUUoBA"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"prev_events":["$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"nZQYUYbfCaPeMHlnJhlkN0zoXq445Je1QUIVKr8DQjM"},"origin_server_ts":1796184409728,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.history_visibility"}	3
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"MGvQXM2G6S5eZP5z2h/S00/WU9FT3DAOfT2xLB7nw+1pUno2I9Q6/akNr2o+4P4FvWMvOWnLQsaaqnC30o+NBA"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"prev_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"AdrZ8p5MQculicEfCbIQ6Zn4arW1PKz8K5hdE7Dz50E"},"origin_server_ts":1796184409727,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.join_rules"}	3
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"qSGrCBjoIh0/Pv9O6LnwhLRM4Kv88ei85Y2sVWft8nqtDbWFNCvm8maU7uzuCchW2zulA2bGyF9f0ej3jKvjDg"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"prev_events":["$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY"],"content":{"name":"fixture v5"},"depth":6,"hashes":{"sha256":"UX8d/xKgd9+AGIg8rNXHY2/SNUN7UB3WsdqBTM3as9A"},"origin_server_ts":1796184409729,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.name"}	3
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	!wjlfuPdTofvFdQLWIL:localhost:8482	{"proactively_send":false}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"nRMKkSN6Qai5IKE/x1eN4WEbEbCKSCMSO+Lw3i7zFa/EIynMcx17uwpZXkkYi4bmUBXLV83LbbhZUXp3SI6OCA"}},"unsigned":{"age_ts":1796184409853},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q"],"prev_events":["$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E"],"content":{"avatar_url":null,"displayname":"alice","membership":"join"},"depth":7,"hashes":{"sha256":"MsF7LcjB2h/jzerGfcn4hnqUtAOYIJ1lbe8g/J6ROSU"},"origin_server_ts":1796184409848,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	3
$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	!wjlfuPdTofvFdQLWIL:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"EwU4auLX+H1W2BOmTI67ft1PuFItYKI1VBWQMOTFPZs/UStnD4vcSk8HqFMVpQag9bKIHxoD1jvOR14LWpRuDg"}},"unsigned":{},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY","$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk"],"prev_events":["$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520"],"content":{"body":"hello from carol in a version 5 room","msgtype":"m.text"},"depth":8,"hashes":{"sha256":"AYC83dJqBxFLcxf6iUmM3v7kHrB04Q0rAxLorTQt2WI"},"origin_server_ts":1796184410077,"sender":"@carol:localhost:8482","type":"m.room.message"}	3
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	!wjlfuPdTofvFdQLWIL:localhost:8482	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184410450002223-4"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"DxwzwZJXaMvCZhGoCCQSjPftjiiQ1d9xQ9skPiJ6PMFIr9RAu7a7TVHZU1+68V53OFvaveUNT5qkLb0edrcHAQ"}},"unsigned":{"age_ts":1796184410465},"room_id":"!wjlfuPdTofvFdQLWIL:localhost:8482","auth_events":["$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8","$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520","$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY"],"prev_events":["$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M"],"content":{"body":"hello from alice in a version 5 room","msgtype":"m.text"},"depth":9,"hashes":{"sha256":"LmaF+Sc7z0TSuzk5xvdGZ0Tn5QJeeaZAw9Dyzj/pJgE"},"origin_server_ts":1796184410465,"sender":"@alice:localhost:8481","type":"m.room.message"}	3
$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"h1B4/61VDHOfd2oC+pvAHxKOoHZdLP6g6fUCCbEV75gvdH7sO83pJtrguxS3B6/yr3qdcRPa4WCZFEFmeSGgCA"}},"unsigned":{"age_ts":1796184410863},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":[],"prev_events":[],"content":{"creator":"@alice:localhost:8481","room_version":"6"},"depth":1,"hashes":{"sha256":"xpveijJotmAF4shtpSVon5oL47SOMxvWF+Seh+QvQMo"},"origin_server_ts":1796184410863,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.create"}	3
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"o/RgUgrUOFA1PHyeoYOFS/pZoCWo8Bx2xxR+rbUkRg7Yg2yK/D5JMuU8eIAczUmBMAFdA/6OWq7F/4DC+S1eDA"}},"unsigned":{"age_ts":1796184410958},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"QxYwDIO6PARZbO30i/1nPWHpaWmWrVJJ8iUvPGwK27g"},"origin_server_ts":1796184410958,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	3
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"jdYAVB+M8DRRS7OQ1lO49ipncpwHRcUiopSABEh5BORIevNCm/PbkUdzg1TKqeHdKUy2begENGVac/khgX04Dg"}},"unsigned":{"age_ts":1796184411012},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@alice:localhost:8481":100},"users_default":0},"depth":3,"hashes":{"sha256":"Ifl+DjmFhr2pqIIoL5fDxJU3VKdoqfWcMdfh3453Kto"},"origin_server_ts":1796184411012,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.power_levels"}	3
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"rtOmaPT3AMlcrrEFtsDZ0mYM1f2P6HtOReMRztQga9Nn3O/AD7KiTwiL/Urivcd261LkChr9mxWnlAJKOTk/Aw"}},"unsigned":{"age_ts":1796184411025},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"xxasGN3nCsAYjnh93wwi7tTm3PHeQ+A9tRj5N1vadHw"},"origin_server_ts":1796184411025,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.join_rules"}	3
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"gh0mw/iXYymhhpowKBr+HZTim77uAxyj4n9sN0mhNJnJFDJLAtIeYF+j7lzoKaJdgfiIOTDQVTDu//89zsRjDg"}},"unsigned":{"age_ts":1796184411026},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"vEFN+WVxvr+n8S3Wegb1iX8TDs0fKtIfWuwYzA5RrSY"},"origin_server_ts":1796184411026,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.history_visibility"}	3
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"8k7pVotQAEMiFwLc9PSY7DZD0ImbfWOSRfNL1JAtWvfANWr0V92PdasF05ZhQNK6/yusEVfgpb7qPzEm1nKqCQ"}},"unsigned":{"age_ts":1796184411030},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI"],"content":{"name":"fixture v6"},"depth":6,"hashes":{"sha256":"yd5t6EoEfXjSH4z7tq3hxnDgoBcegibYdPnjhgT23OY"},"origin_server_ts":1796184411030,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.name"}	3
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	!dsnnDzTCnPaxcAJujC:localhost:8481	{"send_on_behalf_of":"localhost:8482"}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"aDBOQmCPicRkhwn9PY+QaIZy0mno2DulXrBr9Ns5xVqKllkjuKbsgSut1jG+EbwK2guEDXKNjm5TNAu/ceYTCQ"}},"unsigned":{},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4","$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU"],"content":{"avatar_url":null,"displayname":"carol","membership":"join"},"depth":7,"hashes":{"sha256":"dUV2hz3cEUPgd04L/nxlaPUm9bu8KRNh3tDNhYXRuuw"},"origin_server_ts":1796184411138,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	3
$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184411231345837-5"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"JBcaG2bP7aldS5ju4URNQMfqjKWIY1IJiCNc4InNGL2K/YyFlL0NXG/LiN/vfDpCKWIUzjFIuoaPF3H4v9UWCQ"}},"unsigned":{"age_ts":1796184411247},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE"],"content":{"body":"hello from alice in a version 6 room","msgtype":"m.text"},"depth":8,"hashes":{"sha256":"iIu64jrRqSjKZ9hbuX2rFa+824qit2yKwl+CaSIJ4Ck"},"origin_server_ts":1796184411247,"sender":"@alice:localhost:8481","type":"m.room.message"}	3
$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	!dsnnDzTCnPaxcAJujC:localhost:8481	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"Fv4IzmBRuZKpzg1AeljfLwvmQ0c3dt2dCIUnGEsMnY+beMyC/P+WzsXBcVttRVmwKAL/YzMqkG9xdlvbR56SCQ"}},"unsigned":{},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM","$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE"],"prev_events":["$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ"],"content":{"body":"hello from carol in a version 6 room","msgtype":"m.text"},"depth":9,"hashes":{"sha256":"Ls98gMvs+AHPtBUXofUEns4GuJ/AVt5sRLqvNeKr8LA"},"origin_server_ts":1796184411607,"sender":"@carol:localhost:8482","type":"m.room.message"}	3
$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"qqTnHKIWCxq6/k5zNOO1NQlhrnjdOfgGhd4F+EzID9LetjQx3db/ijblT46jraaXCnbutfk+zRoN1ghvnlQoDw"}},"unsigned":{"age_ts":1796184412065},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":[],"prev_events":[],"content":{"creator":"@alice:localhost:8481","room_version":"9"},"depth":1,"hashes":{"sha256":"0J6KnPqPAvk+QFP59O9xsZnBtGtyYwFj8CjIRSLaba0"},"origin_server_ts":1796184412065,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.create"}	3
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"o5whJbbl5x+iCBxM8dUw4ytT8xzCtiRpt0Os3s+jml7ELYTXBsokPkk3mjN9P7GYmJ0heKCSy6QX3BJNR6VpAw"}},"unsigned":{"age_ts":1796184412195},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"aQvcwNX91ga0QthkSORRu/xT2diloNwlTYlTj8A5wmE"},"origin_server_ts":1796184412195,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	3
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"aMmkn7V2MfjV14SgxN6OIpha/YcMx+7mirC04tt3AJoeW7vqeN/13fxjogwCe8A4do0hDzncyyx0uGRKi539Cg"}},"unsigned":{"age_ts":1796184412323},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg","$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@alice:localhost:8481":100},"users_default":0},"depth":3,"hashes":{"sha256":"gACRzUo9MsCKvBGeS3UmEWyHQfTtFwyhPk5Do1H3e28"},"origin_server_ts":1796184412323,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.power_levels"}	3
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"HYqQ/LQq5S4wLe5dpKTXM28W5pF6Zggk7OPVEeknLXX3dG6M/oL9EcuQjzCu3HYXJKKWbrWz46qsCti/abKLBg"}},"unsigned":{"age_ts":1796184412347},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ","$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg","$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"GjOZAmVK3Jrg/G8DRRczGtBqpkzvGef3LVyzreXVNm4"},"origin_server_ts":1796184412347,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.join_rules"}	3
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"EVFzp/dQLlsjqT8JoO79EEW+JKJDa8IT/L3StrlqmeWMY108ZJXo9uOuRD2kGbtGdqy3b8/lDGiYuLmtNegUBQ"}},"unsigned":{"age_ts":1796184412348},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ","$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg","$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"HzMHQphaZHlsTtesDPjArChyb1IuARVuvwhw+NXu9VE"},"origin_server_ts":1796184412348,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.history_visibility"}	3
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	!KKAXkkiblPjOABEkLa:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"oqUBzx89ImWywW9t0lsgJ6iOV411ehWD2n48sJc8E1T+nq/Yft5jb/QlEqpdQl1R2Sfx3TmEITBl3vbHUUtGDA"}},"unsigned":{"age_ts":1796184412348},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ","$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg","$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc"],"content":{"name":"fixture v9-allowed"},"depth":6,"hashes":{"sha256":"/pr+HtI/bHcLAVkZDNutHgvZqUskiirmL7pmXV0R+x4"},"origin_server_ts":1796184412348,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.name"}	3
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	!KKAXkkiblPjOABEkLa:localhost:8481	{"send_on_behalf_of":"localhost:8482"}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"VqkmQHd5UctYkalIp/b9BhDySfT33i7BzROY5jG0QfF/0/r3K3fFYK2jzQZ9RMnHWlPEkx3m8DaABjzHL3JJAg"}},"unsigned":{},"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","auth_events":["$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8","$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ","$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI"],"prev_events":["$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco"],"content":{"avatar_url":null,"displayname":"carol","membership":"join"},"depth":7,"hashes":{"sha256":"o/+UY72RuzxVj1Dzxli9B6cOOdI9mpr1AJQYyQkWGfk"},"origin_server_ts":1796184412611,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	3
$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"5SH+EHJnG4PUL5XlLov+/zeGuRd4ANXtoAQEeelN0v/45Ad8mvgNU2gMvAs/2vmnl8LqAoq0lRlvpZvFo4B3BQ"}},"unsigned":{"age_ts":1796184413047},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":[],"prev_events":[],"content":{"creator":"@alice:localhost:8481","room_version":"10"},"depth":1,"hashes":{"sha256":"5m/mDkPXKP0c0dzQD/4/w4CF7zRwp0sU4Xupccp6X34"},"origin_server_ts":1796184413047,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.create"}	3
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"BpQ9B15tBTPg49PrlZD9BpIzHdVmI1OPabsi4ox9aUVdwKYivCqMgP4XYKUmhnGmOgflXQV4LWPZk7N8y0l0Bw"}},"unsigned":{"age_ts":1796184413241},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"Cvn+jJuwb0afGvNu9mRPKUBGMy67i47E0zF/PvUYtlQ"},"origin_server_ts":1796184413241,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	3
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"km7nP5w6BtlNZMEuXzSr+zzqEkLXt0wBI7b/PrtR50jhkSbVpskzlFoRVbC66pLWbEwQadhgXUVvhgqvCzloCw"}},"unsigned":{"age_ts":1796184413316},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@alice:localhost:8481":100},"users_default":0},"depth":3,"hashes":{"sha256":"CSdMh2fYoR1t9SG4o72hkw7EYmjxwqwebY8wdP0/LxU"},"origin_server_ts":1796184413316,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.power_levels"}	3
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"O5FmYgNzt+2JxONEiqH/WODUaEb1vHSQTOZB3+bLV1/sb+wHnST5eNU4BoOS3WFq+4TnsHo1frsOSBvkWUaHAg"}},"unsigned":{"age_ts":1796184413337},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY","$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY"],"content":{"history_visibility":"shared"},"depth":4,"hashes":{"sha256":"JQ4o2g4tp2XSieQmnYIsBC3aO3Pv06Vr7WKeXktGLx4"},"origin_server_ts":1796184413337,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.history_visibility"}	3
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"y+CisqN/Yy4XB8rCnCQR4pbWdhSohhiI/aowAOTUl+fKr2qbopU201h2KcvP2IrEzfttjHWJFIs1X15C4klWDw"}},"unsigned":{"age_ts":1796184413359},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY","$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M"],"content":{"allow":[{"room_id":"!KKAXkkiblPjOABEkLa:localhost:8481","type":"m.room_membership"}],"join_rule":"restricted"},"depth":5,"hashes":{"sha256":"8cubdiRKsclDh+y5iqTLbXWddZB97A5GLdvMaVE7quw"},"origin_server_ts":1796184413359,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.join_rules"}	3
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	!rqignVjkoFMkqEuiFT:localhost:8481	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"KDhn5BPggpun0gpYkZN30tSlm0OhW2DIEEzFgY4RjD8dK5wrTN9O8kAV7Ggy8PAIXd3Nse18mBR130XJTt23Aw"}},"unsigned":{"age_ts":1796184413359},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY","$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8"],"content":{"name":"fixture v10-restricted"},"depth":6,"hashes":{"sha256":"5KK3LDIkk2TUVAAKjzP1V8p+H4gKnNBYE9Kkpltu52k"},"origin_server_ts":1796184413359,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.name"}	3
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	!rqignVjkoFMkqEuiFT:localhost:8481	{"send_on_behalf_of":"localhost:8482"}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"k3lpyAkpm1fTZUd7GVCMzALhncuaGP5g0Yn2qa3Vkh12ugCFFaL/utJxo40oBdXU5nHEMS1+iK6HNP38bUCwBg"},"localhost:8481":{"ed25519:a_TvGV":"gJiPE9ZUltuQKRRfWWkr9xfXyt+HihAg8OZNvew9GiTBOwilpwHLNzvwn98wCLwx4nvpjqQE3WpuS61Vn3SlCA"}},"unsigned":{},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM","$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY","$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64"],"prev_events":["$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g"],"content":{"avatar_url":null,"displayname":"carol","join_authorised_via_users_server":"@alice:localhost:8481","membership":"join"},"depth":7,"hashes":{"sha256":"92MuNVqQESFlt7QnZmbZDX6cCeIjLxEGTRVa1osYpgE"},"origin_server_ts":1796184413511,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	3
$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	!rqignVjkoFMkqEuiFT:localhost:8481	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"HawB2Aop2eh/P9HbVcFTelytOI9mYJKVs6esE/9a0/4e0Y3PLf5dCfprtRPvwGoYzobVPl5Psq9kbQ3J20vyDA"}},"unsigned":{},"room_id":"!rqignVjkoFMkqEuiFT:localhost:8481","auth_events":["$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY","$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64","$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4"],"prev_events":["$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4"],"content":{"body":"carol got in through the allowed room","msgtype":"m.text"},"depth":8,"hashes":{"sha256":"ShAe4BNO68E5UHl6GxSpC3RggKUB9vTfqhdwWgR2dbw"},"origin_server_ts":1796184413787,"sender":"@carol:localhost:8482","type":"m.room.message"}	3
$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"XMjC5Ia+9cDDyMUtq/+kdW6VHRNzVysRaPORNQ+TsuiDPrq9o4pVVG9AnAySQiYY6jrIzYGBj0/ZdKNwDTCqAA"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":[],"prev_events":[],"content":{"room_version":"11"},"depth":1,"hashes":{"sha256":"cqkbFJRf0UCBzsQDyPEyswP4W0SlEycwr61nzygB6CE"},"origin_server_ts":1796184414224,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.create"}	3
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"nSUHWYzGhV4aEF4+jbDYA1ToWa7PQd+C+GhC4kEHe/xAZ49I0goKAOf4xFmmECc+LMW0nLNbfqWNTNz8QWTvBw"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"content":{"displayname":"carol","membership":"join"},"depth":2,"hashes":{"sha256":"AFYB5ty/LGXtN7118nRy4l1AvVckjSC8jZ+lrdyydSI"},"origin_server_ts":1796184414263,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	3
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"LKnnWFwQ9Mpy5zS5xTdACM++wEfBSHlcwczCje8U/bXI5+D3cgNRgQWgZtHRUsUfpnu9wxCTITBRmhaVahjQAw"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":100},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{"@carol:localhost:8482":100},"users_default":0},"depth":3,"hashes":{"sha256":"RCh0hME8HFaoP95MsIKOafK6FQkf6oYY7PNYkBLD7Lc"},"origin_server_ts":1796184414339,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.power_levels"}	3
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"7tDEtz0LunS8qSRZQPJMHWQjR3hFfMO7W7kL2lmTRBBVHUBJC79oMeMjjg6fgh9qKk7CjO1FcVoQdghbtv9xDQ"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E"],"content":{"name":"fixture v11"},"depth":6,"hashes":{"sha256":"iGpi2FTPvfFNgWQDRj50FCeICQKW/HIhn9bxrcNQRxE"},"origin_server_ts":1796184414373,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.name"}	3
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"6gOvdRy8YcQ1Nn6+KX5IbNEd4lb+QaCbSCcR4LQ5lrvfQv8tE3dwA5ajm59olvIN1uq8+jjtS9CD6526iBa1CA"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"Gf0qJ7ULyPPdIWWjyH+nMrgVYKaTJ6FhhpXV3cC+FUA"},"origin_server_ts":1796184414371,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.join_rules"}	3
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"r8XyCrPsWyJ7ev9PZ6PBMcRDlaqpFweE+8UHzWacJG1Xv8isoktPTGn13dpfI4tnE59dWat2u/z9+j/Y5JXJCA"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"SJH8KLkkKagaIRWU0u5WojAEtrbCPJMsxdUqg3ythuc"},"origin_server_ts":1796184414372,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.history_visibility"}	3
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"proactively_send":false}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"GUcea9zxj0Nw4MdziL0RWEty3w7Ckv5t+sK56+qK1k3NYoAuSPGJQ5FkMidq/j2/l04cYUQzp5p754B9xlBnAg"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos"],"prev_events":["$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis"],"content":{"avatar_url":null,"displayname":"alice","membership":"join"},"depth":7,"hashes":{"sha256":"/gSNO877c6fpMsyqBra/5ojdl40ZPZPHJCjQ8hKQgUU"},"origin_server_ts":1796184414482,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	3
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"proactively_send":false}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"8MRvV4gXvweQJMkpYYrWtWhA4WoSrThD08P3UThx42NEFFBDk9LFDBG3uBr275vpmAjUY/CaB3u8NzpwkgrrCw"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos"],"prev_events":["$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0"],"content":{"avatar_url":null,"displayname":"bob","membership":"join"},"depth":8,"hashes":{"sha256":"lcsm0U2s9a95OglD/wNnqVmQziza2/TPHpT5tsA0Y+c"},"origin_server_ts":1796184414816,"sender":"@bob:localhost:8481","state_key":"@bob:localhost:8481","type":"m.room.member"}	3
$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"26Gg63VcN+1M6LursetjDWaZbE3P1b0wO/kGIuHed9kA2jGeHstK8lAqla+V6DSY1qPQbgHkr/BiVMKwPMYNDw"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc"],"content":{"body":"hello from carol in a version 11 room","msgtype":"m.text"},"depth":9,"hashes":{"sha256":"GJJXntWv/3RfCwwAiaaCuahOKz0VP4X5Uc0EvvsK5f0"},"origin_server_ts":1796184414995,"sender":"@carol:localhost:8482","type":"m.room.message"}	3
$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"device_id":"LDWERMVODR","txn_id":"mx1796184415323009406-9"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"I8i8dzPoeBt1fDKOluDopxBRgSDeVh/alrfRMGAmrhfF8j75PooIzmG8YuHnmohSNnfclBUr7JUH+LYfZImoCw"}},"unsigned":{"age_ts":1796184415342},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4"],"content":{},"depth":10,"hashes":{"sha256":"cAp2ozrHmnI7wh3Sdh60Hopbi3PJjYGuKTbe78J11rc"},"origin_server_ts":1796184415342,"sender":"@bob:localhost:8481","type":"m.room.message"}	3
$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"device_id":"LDWERMVODR","txn_id":"mx1796184415796193585-10","recheck_redaction":false}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"BgxXrUF2nzgX0EsMsybXq4XJRLFeHXqzXO5XoEC7RUTxItwg1DvhLDNhA1mKd7p6CW/BEeCXJjjHAe6hi6XEDQ"}},"unsigned":{"age_ts":1796184415846},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A"],"content":{"reason":"censor me","redacts":"$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A"},"depth":11,"hashes":{"sha256":"jgWIF0UT08LoIoWOKbjfmFtaDZI5ACj/eLS+bvwbslA"},"origin_server_ts":1796184415846,"sender":"@bob:localhost:8481","type":"m.room.redaction"}	3
$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"device_id":"LDWERMVODR","txn_id":"mx1796184416332612236-11"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"n4uFjqblTjKrQGSsnG2dBuM0Y/FOr/9ZlndOtCjSb+e1BLFTx67PvWzsowvzDXaYuaDtJEn8PMYwWbd+DsviAA"}},"unsigned":{"age_ts":1796184416358},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c"],"content":{"body":"bob says something else he will take back later","msgtype":"m.text"},"depth":12,"hashes":{"sha256":"K6bheI2voEYKIYwyO15+e3CI4CQTSCecp6cjr7gVn7o"},"origin_server_ts":1796184416358,"sender":"@bob:localhost:8481","type":"m.room.message"}	3
$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"Az75Hi25dJvNRUW2N6f67iPC1QzKXjbQK+MBmLR0fw26U4RYERoKsNnRrG3CGSSl8ykVoevI7dLW5SR6ED3WBA"}},"unsigned":{"age_ts":1796184416745},"auth_events":[],"prev_events":[],"content":{"room_version":"12"},"depth":1,"hashes":{"sha256":"Mz2PneFD7K+X6ZnET4YkByYhFT5r0Xky0hqul6DrvtQ"},"origin_server_ts":1796184416745,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.create"}	4
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"pc5xQ/cwLV9R8tPYEVYQWh+laRh3uC5qwlzvh3sUe6hIgA6OnrbHFBEGCpQNtothjaUTZ5UTm8vFlWGGXOFxBA"}},"unsigned":{"age_ts":1796184416903},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":[],"prev_events":["$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw"],"content":{"displayname":"alice","membership":"join"},"depth":2,"hashes":{"sha256":"LeyWnwCTwOmerDpARGOhbtJYOk1ykc7iAjsrpR9QvEg"},"origin_server_ts":1796184416903,"sender":"@alice:localhost:8481","state_key":"@alice:localhost:8481","type":"m.room.member"}	4
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"fUfRaQNZPhYW/ev3Q32C0t268MBIV3FxhQ+Ph83b4DWAeEQYQpCjPUIgBthUXoWBjZp7t1Rgs6mN5u5Y60oLDA"}},"unsigned":{"age_ts":1796184417039},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"prev_events":["$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"content":{"ban":50,"events":{"m.call.invite":50,"m.room.avatar":50,"m.room.canonical_alias":50,"m.room.encryption":100,"m.room.history_visibility":100,"m.room.name":50,"m.room.power_levels":100,"m.room.server_acl":100,"m.room.tombstone":150},"events_default":0,"historical":100,"invite":50,"kick":50,"redact":50,"state_default":50,"users":{},"users_default":0},"depth":3,"hashes":{"sha256":"qImhJDACdPJsAhB+5y8gf+dhoVZ66cXhFcFcLX58F18"},"origin_server_ts":1796184417039,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.power_levels"}	4
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"cuFuGNayMAtMp1aw65n04NQiJP5vq9hJQ3yHLlgrNoAvXZ7BB2wUugH5fYBtNBQvqRmodPyAn3N3ix1qnaakBQ"}},"unsigned":{"age_ts":1796184417062},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY","$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"prev_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY"],"content":{"join_rule":"public"},"depth":4,"hashes":{"sha256":"nXjtCkDhY7kyuRkki3dW14BJzMaMhHNlL7FbDpMPOBM"},"origin_server_ts":1796184417062,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.join_rules"}	4
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"sx6/mWAS+YtGxQ+tuBjUBbUOgPRtaUNT5MkOEyD4GmydQeRDW0TJ3WPRfcr6VedXOVhYtYgJjadok2SVKAKqAA"}},"unsigned":{"age_ts":1796184417063},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY","$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"prev_events":["$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y"],"content":{"history_visibility":"shared"},"depth":5,"hashes":{"sha256":"ps1eZfQV5YrGs/rqoOboteYhiWvON0xBT5hSBdt82nA"},"origin_server_ts":1796184417063,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.history_visibility"}	4
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"kqp04MVcVdxey2w6bZpY5fTEJu75kwqiM1ny3ACLVle7AE6Yxj6ps5Vz5qy7I2D1aI7aFEtBVVxfmCTAS4E0DA"}},"unsigned":{"age_ts":1796184417064},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY","$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"prev_events":["$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw"],"content":{"name":"fixture v12"},"depth":6,"hashes":{"sha256":"/DOhEK+h4cZWicqwlkT3zfG6/R6232I67Pm+pZ025wo"},"origin_server_ts":1796184417064,"sender":"@alice:localhost:8481","state_key":"","type":"m.room.name"}	4
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"send_on_behalf_of":"localhost:8482"}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"4dAGWKuxhqMSO/hBpPXZUQy2FPP5HG8MyBB6Czxxcrrpw0RKmYq3xULdMYu51nNqd+c4Mys2p8uPObPmCs27Cw"}},"unsigned":{},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y","$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY"],"prev_events":["$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0"],"content":{"avatar_url":null,"displayname":"carol","membership":"join"},"depth":7,"hashes":{"sha256":"EM7qbpP6Fc3cUO5G1iagGcvqOjV707lKyu4DKRAE6ys"},"origin_server_ts":1796184417272,"sender":"@carol:localhost:8482","state_key":"@carol:localhost:8482","type":"m.room.member"}	4
$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184417748769523-12"}	{"signatures":{"localhost:8481":{"ed25519:a_TvGV":"NJpWJq0+5cA1Ph2f8YRRvHt1y4583lu6g7EPo060XXdAleJH9FAk+THYWCmTrJi4eSu82vZtThno/tVYHHOsAQ"}},"unsigned":{"age_ts":1796184417771},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY","$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0"],"prev_events":["$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ"],"content":{"body":"alice, signed with hs1's first key","msgtype":"m.text"},"depth":8,"hashes":{"sha256":"dtJ1QqRDAEMWSKg84N8ZMRKhdDVII2a6BRT61cCVOpc"},"origin_server_ts":1796184417771,"sender":"@alice:localhost:8481","type":"m.room.message"}	4
$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"3nXyrdJeTid4Njr2qCiZ4c+TUx+slssmAHMDLgv2uPHGIDxpfwD+nEDLBBB6HbRK4HfRqLHnMGJUmJM9/GfMDw"}},"unsigned":{},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY","$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ"],"prev_events":["$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk"],"content":{"body":"hello from carol in a version 12 room","msgtype":"m.text"},"depth":9,"hashes":{"sha256":"T4mmm9NOoG8gg+4mS69FPPZgY2nDJkV4tIjGyaT88x8"},"origin_server_ts":1796184418152,"sender":"@carol:localhost:8482","type":"m.room.message"}	4
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184421966986573-14"}	{"signatures":{"localhost:8481":{"ed25519:a_cjUj":"R1iS25CS0fngbr9EHjkwFGzWDaN7iH4dB7m3w6EKLAWLSm8Oj7nLxzpvwem0f/WK3R9u5WEB/kBBmXNGP3pzDw"}},"unsigned":{"age_ts":1796184422018},"room_id":"!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw","auth_events":["$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0","$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY"],"prev_events":["$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko"],"content":{"body":"alice, signed with hs1's second key","msgtype":"m.text"},"depth":10,"hashes":{"sha256":"4ZitfVo0tZKuQiPkowNlDzFhy+F6u47eiqKRlRSzFnA"},"origin_server_ts":1796184422018,"sender":"@alice:localhost:8481","type":"m.room.message"}	4
$17961844220eThYt:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184422445935560-15"}	{"signatures":{"localhost:8481":{"ed25519:a_cjUj":"EDqLV8ivtiKIdojMjdA1EsXHbU79Mrp2zBdjOdCpEiekw3C2DBasuGtYevdfKyGs3r5TKNJmEhaNP8zlLOrwCg"}},"unsigned":{"age_ts":1796184422483},"auth_events":[["$17961844071dFuIp:localhost:8481",{"sha256":"2PnZAgz3JA4LNdTR0H4I5V/2CZKMQY4g1xnu26EcLXU"}],["$17961844072iUHHY:localhost:8481",{"sha256":"3pL1TEbeiBiZzxx9zqpsQuuTpxQgjeVT5tY6TPAsKvs"}],["$17961844070ffoxm:localhost:8481",{"sha256":"qpSkOU5FMUf7RRVjNT9UqNbe8J1Q1aglBlbmNsDc7b4"}]],"prev_events":[["$17961844091QNqZA:localhost:8482",{"sha256":"YT34F/keB+zDujEo8AzfZMSY9ju6w5hqaeFqk2XzrXY"}]],"room_id":"!vCPHzseGLSfzHjzMhi:localhost:8481","event_id":"$17961844220eThYt:localhost:8481","content":{"body":"alice again in the version 1 room, after the key rotation","msgtype":"m.text"},"depth":11,"hashes":{"sha256":"QKVQPEJBBDCLEAXlpcWxTkrRKpiCbYjNB7X82Lr6eNQ"},"origin_server_ts":1796184422483,"sender":"@alice:localhost:8481","type":"m.room.message"}	1
$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184422969700649-16"}	{"signatures":{"localhost:8481":{"ed25519:a_cjUj":"DXQaZTvQ6BkZWXVBVd0Lz8cu2hucQG7hvx/HXamzPitfIsgZ+4rbE1vwWb2XtXDl3/dxqUVCuVKjSpvr4+O4CQ"}},"unsigned":{"age_ts":1796184422994},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0","$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY"],"content":{"body":"alice again in the version 11 room, after the key rotation","msgtype":"m.text"},"depth":13,"hashes":{"sha256":"uWHUnoI8Vj3Iu/sCWgct1gLf2MZgZU2F3fbTQkFNq5g"},"origin_server_ts":1796184422994,"sender":"@alice:localhost:8481","type":"m.room.message"}	3
$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	!pXnwkVcRsfdzmWaoUr:localhost:8482	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"ZNnnc8V9ETZhTG610rcITTM4a7xprVpKniIOrg3JFYK90Bs1A181gX/LrCb6IJE6AtgbrgJb+IImAoEO0E5iDg"}},"unsigned":{},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY","$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4"],"prev_events":["$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8"],"content":{"body":"carol answers after hs1's key rotation","msgtype":"m.text"},"depth":14,"hashes":{"sha256":"WRB2iZ1b5HWjw8GLGVZRGUci9W7GlBr/4gLFMuPPq14"},"origin_server_ts":1796184423590,"sender":"@carol:localhost:8482","type":"m.room.message"}	3
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	!dsnnDzTCnPaxcAJujC:localhost:8481	{}	{"signatures":{"localhost:8482":{"ed25519:a_JlcE":"UvrEVblZnW/Cnpr4L97sti+LAzNKJ0wOS+lPHyT0Fh0ngfZDRSmw/wGOhfMdOpVfUp520A7i8ShWlSeq9/wPCA"}},"unsigned":{"replaces_state":"$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU"},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM","$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE","$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM"],"prev_events":["$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM"],"content":{"name":"a name carol has no power to set"},"depth":10,"hashes":{"sha256":"RNvUvCxFyYccQ4hum4zT5ic6TVWj+9KneDOnwq2j//g"},"origin_server_ts":1796184424119,"sender":"@carol:localhost:8482","state_key":"","type":"m.room.name"}	3
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	!dsnnDzTCnPaxcAJujC:localhost:8481	{"device_id":"KWSAMZMWRP","txn_id":"mx1796184426207221506-18"}	{"signatures":{"localhost:8481":{"ed25519:a_cjUj":"05mwS9AbEEg/A1vf5FatId8wZ3E7erBAcxJ8FiTdYxR5zlE3XSNejMbWX7MgfeAmWu+kIdFn+9hGu5CVQGaJAA"}},"unsigned":{"age_ts":1796184426238},"room_id":"!dsnnDzTCnPaxcAJujC:localhost:8481","auth_events":["$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E","$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM","$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM"],"prev_events":["$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM"],"content":{"body":"alice, after carol's rejected attempt to rename the room","msgtype":"m.text"},"depth":10,"hashes":{"sha256":"Vs2tp5PiYDU3qjBU+drqmr5uQyy3kna0NsViWYCZYDM"},"origin_server_ts":1796184426238,"sender":"@alice:localhost:8481","type":"m.room.message"}	3
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	!pXnwkVcRsfdzmWaoUr:localhost:8482	{"device_id":"LDWERMVODR","txn_id":"mx1796184723560471297-19","recheck_redaction":false}	{"signatures":{"localhost:8481":{"ed25519:a_cjUj":"HUBUu64DgfRoAbsXTjFCuUDRyaZj3hFub3U7L+q/QWMgI+Q+saO6yV26GU+uUnpqIR4WNVo0GIyuWbX1YPd1CQ"}},"unsigned":{"age_ts":1796184723581},"room_id":"!pXnwkVcRsfdzmWaoUr:localhost:8482","auth_events":["$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc","$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc","$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY"],"prev_events":["$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak"],"content":{"reason":"taken back","redacts":"$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY"},"depth":15,"hashes":{"sha256":"uSYRryr1rxNaImx3na3ldaI61a0+Imhws5h9mQvN5So"},"origin_server_ts":1796184723581,"sender":"@bob:localhost:8481","type":"m.room.redaction"}	3
\.


--
-- Data for Name: event_labels; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_labels (event_id, label, room_id, topological_ordering) FROM stdin;
\.


--
-- Data for Name: event_push_actions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_actions (room_id, event_id, user_id, profile_tag, actions, topological_ordering, stream_ordering, notif, highlight, unread, thread_id) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844088dOEFw:localhost:8481	@bob:localhost:8481	\N		9	10	1	0	0	main
!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844091QNqZA:localhost:8482	@alice:localhost:8481	\N		10	11	1	0	0	main
!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844091QNqZA:localhost:8482	@bob:localhost:8481	\N		10	11	1	0	0	main
!wjlfuPdTofvFdQLWIL:localhost:8482	$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	@alice:localhost:8481	\N	["notify",{"set_tweak":"sound","value":"default"},{"set_tweak":"highlight","value":false}]	8	14	1	0	0	main
!dsnnDzTCnPaxcAJujC:localhost:8481	$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	@alice:localhost:8481	\N	["notify",{"set_tweak":"sound","value":"default"},{"set_tweak":"highlight","value":false}]	9	24	1	0	0	main
!rqignVjkoFMkqEuiFT:localhost:8481	$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	@alice:localhost:8481	\N	["notify",{"set_tweak":"sound","value":"default"},{"set_tweak":"highlight","value":false}]	8	39	1	0	0	main
!pXnwkVcRsfdzmWaoUr:localhost:8482	$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	@alice:localhost:8481	\N		9	43	1	0	0	main
!pXnwkVcRsfdzmWaoUr:localhost:8482	$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	@bob:localhost:8481	\N		9	43	1	0	0	main
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	@alice:localhost:8481	\N	["notify",{"set_tweak":"sound","value":"default"},{"set_tweak":"highlight","value":false}]	9	55	1	0	0	main
!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844220eThYt:localhost:8481	@bob:localhost:8481	\N		11	57	1	0	0	main
!pXnwkVcRsfdzmWaoUr:localhost:8482	$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	@bob:localhost:8481	\N		13	58	1	0	0	main
!pXnwkVcRsfdzmWaoUr:localhost:8482	$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	@alice:localhost:8481	\N		14	59	1	0	0	main
!pXnwkVcRsfdzmWaoUr:localhost:8482	$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	@bob:localhost:8481	\N		14	59	1	0	0	main
\.


--
-- Data for Name: event_push_actions_staging; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_actions_staging (event_id, user_id, actions, notif, highlight, unread, thread_id, inserted_ts) FROM stdin;
\.


--
-- Data for Name: event_push_summary; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary (user_id, room_id, notif_count, stream_ordering, unread_count, last_receipt_stream_ordering, thread_id) FROM stdin;
@alice:localhost:8481	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	1	55	0	\N	main
@alice:localhost:8481	!dsnnDzTCnPaxcAJujC:localhost:8481	1	24	0	\N	main
@alice:localhost:8481	!pXnwkVcRsfdzmWaoUr:localhost:8482	3	59	0	\N	main
@alice:localhost:8481	!rqignVjkoFMkqEuiFT:localhost:8481	1	39	0	\N	main
@alice:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	1	11	0	\N	main
@alice:localhost:8481	!wjlfuPdTofvFdQLWIL:localhost:8482	1	14	0	\N	main
@bob:localhost:8481	!pXnwkVcRsfdzmWaoUr:localhost:8482	3	59	0	\N	main
@bob:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	3	57	0	\N	main
\.


--
-- Data for Name: event_push_summary_last_receipt_stream_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary_last_receipt_stream_id (lock, stream_id) FROM stdin;
X	1
\.


--
-- Data for Name: event_push_summary_stream_ordering; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_push_summary_stream_ordering (lock, stream_ordering) FROM stdin;
X	61
\.


--
-- Data for Name: event_relations; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_relations (event_id, relates_to_id, relation_type, aggregation_key) FROM stdin;
\.


--
-- Data for Name: event_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_reports (id, received_ts, room_id, event_id, user_id, reason, content) FROM stdin;
\.


--
-- Data for Name: event_search; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_search (event_id, room_id, sender, key, vector, origin_server_ts, stream_ordering) FROM stdin;
$17961844075sDqBS:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	content.name	'fixtur':1 'v1':2	1796184407862	7
$17961844088dOEFw:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	content.body	'1':7 'alic':3 'hello':1 'room':8 'version':6	1796184408623	10
$17961844091QNqZA:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	content.body	'1':7 'carol':3 'hello':1 'room':8 'version':6	1796184409286	11
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	content.name	'fixtur':1 'v5':2	1796184409729	-7
$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	content.body	'5':7 'carol':3 'hello':1 'room':8 'version':6	1796184410077	14
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	content.body	'5':7 'alic':3 'hello':1 'room':8 'version':6	1796184410465	15
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	content.name	'fixtur':1 'v6':2	1796184411030	21
$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	content.body	'6':7 'alic':3 'hello':1 'room':8 'version':6	1796184411247	23
$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	content.body	'6':7 'carol':3 'hello':1 'room':8 'version':6	1796184411607	24
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	!KKAXkkiblPjOABEkLa:localhost:8481	\N	content.name	'allow':4 'fixtur':1 'v9':3 'v9-allowed':2	1796184412348	30
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	!rqignVjkoFMkqEuiFT:localhost:8481	\N	content.name	'fixtur':1 'restrict':4 'v10':3 'v10-restricted':2	1796184413359	37
$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	!rqignVjkoFMkqEuiFT:localhost:8481	\N	content.body	'allow':6 'carol':1 'got':2 'room':7	1796184413787	39
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.name	'fixtur':1 'v11':2	1796184414373	-11
$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.body	'11':7 'carol':3 'hello':1 'room':8 'version':6	1796184414995	43
$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.body	'back':7 'bob':1 'censor':11 'say':2 'someth':3 'take':6	1796184415342	44
$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.body	'back':8 'bob':1 'els':4 'later':9 'say':2 'someth':3 'take':7	1796184416358	46
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	content.name	'fixtur':1 'v12':2	1796184417064	52
$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	content.body	'alic':1 'first':6 'hs1':4 'key':7 'sign':2	1796184417771	54
$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	content.body	'12':7 'carol':3 'hello':1 'room':8 'version':6	1796184418152	55
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	content.body	'alic':1 'hs1':4 'key':7 'second':6 'sign':2	1796184422018	56
$17961844220eThYt:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	content.body	'1':6 'alic':1 'key':10 'room':7 'rotat':11 'version':5	1796184422483	57
$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.body	'11':6 'alic':1 'key':10 'room':7 'rotat':11 'version':5	1796184422994	58
$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	content.body	'answer':2 'carol':1 'hs1':4 'key':6 'rotat':7	1796184423590	59
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	content.body	'alic':1 'attempt':6 'carol':3 'reject':5 'renam':8 'room':10	1796184426238	61
\.


--
-- Data for Name: event_to_state_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_to_state_groups (event_id, state_group) FROM stdin;
$17961844070ffoxm:localhost:8481	2
$17961844071dFuIp:localhost:8481	3
$17961844072iUHHY:localhost:8481	4
$17961844073fWqDg:localhost:8481	5
$17961844074wOsWa:localhost:8481	6
$17961844075sDqBS:localhost:8481	7
$17961844076VnjuX:localhost:8481	8
$17961844080phLwg:localhost:8482	9
$17961844088dOEFw:localhost:8481	9
$17961844091QNqZA:localhost:8482	9
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	13
$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	13
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	13
$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	15
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	16
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	17
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	18
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	19
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	20
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	21
$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	21
$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	21
$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	23
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	24
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	25
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	26
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	27
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	28
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	29
$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	31
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	32
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	33
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	34
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	35
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	36
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	37
$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	37
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	41
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	43
$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	43
$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	43
$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	43
$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	43
$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	45
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	46
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	47
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	48
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	49
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	50
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	51
$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	51
$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	51
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	51
$17961844220eThYt:localhost:8481	9
$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	43
$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	43
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	21
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	21
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	43
\.


--
-- Data for Name: event_txn_id_device_id; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.event_txn_id_device_id (event_id, room_id, user_id, device_id, txn_id, inserted_ts) FROM stdin;
$17961844088dOEFw:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	@alice:localhost:8481	KWSAMZMWRP	mx1796184408611355903-1	1796184408640
$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	!wjlfuPdTofvFdQLWIL:localhost:8482	@alice:localhost:8481	KWSAMZMWRP	mx1796184410450002223-4	1796184410512
$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	!dsnnDzTCnPaxcAJujC:localhost:8481	@alice:localhost:8481	KWSAMZMWRP	mx1796184411231345837-5	1796184411267
$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	LDWERMVODR	mx1796184415323009406-9	1796184415388
$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	LDWERMVODR	mx1796184415796193585-10	1796184415944
$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	LDWERMVODR	mx1796184416332612236-11	1796184416401
$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	@alice:localhost:8481	KWSAMZMWRP	mx1796184417748769523-12	1796184417788
$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	@alice:localhost:8481	KWSAMZMWRP	mx1796184421966986573-14	1796184422051
$17961844220eThYt:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	@alice:localhost:8481	KWSAMZMWRP	mx1796184422445935560-15	1796184422565
$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	!pXnwkVcRsfdzmWaoUr:localhost:8482	@alice:localhost:8481	KWSAMZMWRP	mx1796184422969700649-16	1796184423064
$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	!dsnnDzTCnPaxcAJujC:localhost:8481	@alice:localhost:8481	KWSAMZMWRP	mx1796184426207221506-18	1796184426304
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	LDWERMVODR	mx1796184723560471297-19	1796184723588
\.


--
-- Data for Name: events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.events (topological_ordering, event_id, type, room_id, content, unrecognized_keys, processed, outlier, depth, origin_server_ts, received_ts, sender, contains_url, instance_name, stream_ordering, state_key, rejection_reason) FROM stdin;
1	$17961844070ffoxm:localhost:8481	m.room.create	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	1	1796184407676	1796184407712	@alice:localhost:8481	f	master	2		\N
2	$17961844071dFuIp:localhost:8481	m.room.member	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	2	1796184407764	1796184407793	@alice:localhost:8481	f	master	3	@alice:localhost:8481	\N
3	$17961844072iUHHY:localhost:8481	m.room.power_levels	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	3	1796184407823	1796184407904	@alice:localhost:8481	f	master	4		\N
4	$17961844073fWqDg:localhost:8481	m.room.join_rules	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	4	1796184407854	1796184407904	@alice:localhost:8481	f	master	5		\N
5	$17961844074wOsWa:localhost:8481	m.room.history_visibility	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	5	1796184407858	1796184407904	@alice:localhost:8481	f	master	6		\N
6	$17961844075sDqBS:localhost:8481	m.room.name	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	6	1796184407862	1796184407904	@alice:localhost:8481	f	master	7		\N
7	$17961844076VnjuX:localhost:8481	m.room.member	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	7	1796184407953	1796184407965	@bob:localhost:8481	f	master	8	@bob:localhost:8481	\N
8	$17961844080phLwg:localhost:8482	m.room.member	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	8	1796184408294	1796184408380	@carol:localhost:8482	f	master	9	@carol:localhost:8482	\N
9	$17961844088dOEFw:localhost:8481	m.room.message	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	9	1796184408623	1796184408640	@alice:localhost:8481	f	master	10	\N	\N
10	$17961844091QNqZA:localhost:8482	m.room.message	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	10	1796184409286	1796184409396	@carol:localhost:8482	f	master	11	\N	\N
7	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	m.room.member	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	f	7	1796184409848	1796184409997	@alice:localhost:8481	f	master	12	@alice:localhost:8481	\N
8	$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M	m.room.message	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	f	8	1796184410077	1796184410211	@carol:localhost:8482	f	master	14	\N	\N
9	$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM	m.room.message	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	f	9	1796184410465	1796184410512	@alice:localhost:8481	f	master	15	\N	\N
1	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	m.room.create	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	1	1796184410863	1796184410897	@alice:localhost:8481	f	master	16		\N
2	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	m.room.member	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	2	1796184410958	1796184410976	@alice:localhost:8481	f	master	17	@alice:localhost:8481	\N
3	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	m.room.power_levels	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	3	1796184411012	1796184411080	@alice:localhost:8481	f	master	18		\N
4	$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	m.room.join_rules	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	4	1796184411025	1796184411080	@alice:localhost:8481	f	master	19		\N
5	$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	m.room.history_visibility	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	5	1796184411026	1796184411080	@alice:localhost:8481	f	master	20		\N
6	$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	m.room.name	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	6	1796184411030	1796184411080	@alice:localhost:8481	f	master	21		\N
7	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	m.room.member	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	7	1796184411138	1796184411157	@carol:localhost:8482	f	master	22	@carol:localhost:8482	\N
8	$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ	m.room.message	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	8	1796184411247	1796184411266	@alice:localhost:8481	f	master	23	\N	\N
9	$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM	m.room.message	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	9	1796184411607	1796184411769	@carol:localhost:8482	f	master	24	\N	\N
1	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	m.room.create	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	1	1796184412065	1796184412150	@alice:localhost:8481	f	master	25		\N
2	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	m.room.member	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	2	1796184412195	1796184412233	@alice:localhost:8481	f	master	26	@alice:localhost:8481	\N
3	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	m.room.power_levels	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	3	1796184412323	1796184412449	@alice:localhost:8481	f	master	27		\N
4	$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	m.room.join_rules	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	4	1796184412347	1796184412449	@alice:localhost:8481	f	master	28		\N
5	$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	m.room.history_visibility	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	5	1796184412348	1796184412449	@alice:localhost:8481	f	master	29		\N
6	$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	m.room.name	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	6	1796184412348	1796184412449	@alice:localhost:8481	f	master	30		\N
7	$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	m.room.member	!KKAXkkiblPjOABEkLa:localhost:8481	\N	\N	t	f	7	1796184412611	1796184412693	@carol:localhost:8482	f	master	31	@carol:localhost:8482	\N
1	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	m.room.create	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	1	1796184413047	1796184413116	@alice:localhost:8481	f	master	32		\N
2	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	m.room.member	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	2	1796184413241	1796184413260	@alice:localhost:8481	f	master	33	@alice:localhost:8481	\N
3	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	m.room.power_levels	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	3	1796184413316	1796184413428	@alice:localhost:8481	f	master	34		\N
4	$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	m.room.history_visibility	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	4	1796184413337	1796184413428	@alice:localhost:8481	f	master	35		\N
5	$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	m.room.join_rules	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	5	1796184413359	1796184413428	@alice:localhost:8481	f	master	36		\N
6	$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	m.room.name	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	6	1796184413359	1796184413428	@alice:localhost:8481	f	master	37		\N
7	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	m.room.member	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	7	1796184413511	1796184413539	@carol:localhost:8482	f	master	38	@carol:localhost:8482	\N
8	$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I	m.room.message	!rqignVjkoFMkqEuiFT:localhost:8481	\N	\N	t	f	8	1796184413787	1796184414035	@carol:localhost:8482	f	master	39	\N	\N
7	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	m.room.member	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	7	1796184414482	1796184414643	@alice:localhost:8481	f	master	40	@alice:localhost:8481	\N
8	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	m.room.member	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	8	1796184414816	1796184414968	@bob:localhost:8481	f	master	42	@bob:localhost:8481	\N
9	$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4	m.room.message	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	9	1796184414995	1796184415135	@carol:localhost:8482	f	master	43	\N	\N
10	$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	m.room.message	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	10	1796184415342	1796184415388	@bob:localhost:8481	f	master	44	\N	\N
11	$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	m.room.redaction	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	11	1796184415846	1796184415944	@bob:localhost:8481	f	master	45	\N	\N
12	$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	m.room.message	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	12	1796184416358	1796184416400	@bob:localhost:8481	f	master	46	\N	\N
1	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.create	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	1	1796184416745	1796184416778	@alice:localhost:8481	f	master	47		\N
2	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	m.room.member	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	2	1796184416903	1796184416915	@alice:localhost:8481	f	master	48	@alice:localhost:8481	\N
3	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	m.room.power_levels	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	3	1796184417039	1796184417109	@alice:localhost:8481	f	master	49		\N
4	$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	m.room.join_rules	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	4	1796184417062	1796184417109	@alice:localhost:8481	f	master	50		\N
5	$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	m.room.history_visibility	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	5	1796184417063	1796184417109	@alice:localhost:8481	f	master	51		\N
6	$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	m.room.name	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	6	1796184417064	1796184417109	@alice:localhost:8481	f	master	52		\N
7	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	m.room.member	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	7	1796184417272	1796184417331	@carol:localhost:8482	f	master	53	@carol:localhost:8482	\N
8	$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk	m.room.message	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	8	1796184417771	1796184417787	@alice:localhost:8481	f	master	54	\N	\N
9	$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko	m.room.message	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	9	1796184418152	1796184418428	@carol:localhost:8482	f	master	55	\N	\N
10	$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s	m.room.message	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	\N	\N	t	f	10	1796184422018	1796184422051	@alice:localhost:8481	f	master	56	\N	\N
11	$17961844220eThYt:localhost:8481	m.room.message	!vCPHzseGLSfzHjzMhi:localhost:8481	\N	\N	t	f	11	1796184422483	1796184422564	@alice:localhost:8481	f	master	57	\N	\N
13	$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8	m.room.message	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	13	1796184422994	1796184423064	@alice:localhost:8481	f	master	58	\N	\N
14	$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak	m.room.message	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	14	1796184423590	1796184423986	@carol:localhost:8482	f	master	59	\N	\N
10	$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	m.room.name	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	10	1796184424119	1796184424202	@carol:localhost:8482	f	master	60		auth_error
10	$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps	m.room.message	!dsnnDzTCnPaxcAJujC:localhost:8481	\N	\N	t	f	10	1796184426238	1796184426304	@alice:localhost:8481	f	master	61	\N	\N
15	$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	m.room.redaction	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	f	15	1796184723581	1796184723588	@bob:localhost:8481	f	master	62	\N	\N
1	$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	m.room.create	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	1	1796184409632	1796184409968	@carol:localhost:8482	f	master	-2		\N
2	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	m.room.member	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	2	1796184409671	1796184409968	@carol:localhost:8482	f	master	-3	@carol:localhost:8482	\N
3	$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	m.room.power_levels	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	3	1796184409717	1796184409968	@carol:localhost:8482	f	master	-4		\N
5	$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	m.room.history_visibility	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	5	1796184409728	1796184409968	@carol:localhost:8482	f	master	-5		\N
4	$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	m.room.join_rules	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	4	1796184409727	1796184409968	@carol:localhost:8482	f	master	-6		\N
6	$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	m.room.name	!wjlfuPdTofvFdQLWIL:localhost:8482	\N	\N	t	t	6	1796184409729	1796184409968	@carol:localhost:8482	f	master	-7		\N
1	$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	m.room.create	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	1	1796184414224	1796184414624	@carol:localhost:8482	f	master	-8		\N
2	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	m.room.member	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	2	1796184414263	1796184414624	@carol:localhost:8482	f	master	-9	@carol:localhost:8482	\N
3	$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	m.room.power_levels	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	3	1796184414339	1796184414624	@carol:localhost:8482	f	master	-10		\N
6	$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	m.room.name	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	6	1796184414373	1796184414624	@carol:localhost:8482	f	master	-11		\N
4	$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	m.room.join_rules	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	4	1796184414371	1796184414624	@carol:localhost:8482	f	master	-12		\N
5	$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	m.room.history_visibility	!pXnwkVcRsfdzmWaoUr:localhost:8482	\N	\N	t	t	5	1796184414372	1796184414624	@carol:localhost:8482	f	master	-13		\N
\.


--
-- Data for Name: ex_outlier_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ex_outlier_stream (event_stream_ordering, event_id, state_group, instance_name) FROM stdin;
\.


--
-- Data for Name: federation_inbound_events_staging; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federation_inbound_events_staging (origin, room_id, event_id, received_ts, event_json, internal_metadata) FROM stdin;
\.


--
-- Data for Name: federation_stream_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.federation_stream_position (type, stream_id, instance_name) FROM stdin;
federation	-1	master
events	62	master
\.


--
-- Data for Name: ignored_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ignored_users (ignorer_user_id, ignored_user_id) FROM stdin;
\.


--
-- Data for Name: instance_map; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.instance_map (instance_id, instance_name) FROM stdin;
\.


--
-- Data for Name: local_current_membership; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_current_membership (room_id, user_id, event_id, membership, event_stream_ordering) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	@alice:localhost:8481	$17961844071dFuIp:localhost:8481	join	3
!vCPHzseGLSfzHjzMhi:localhost:8481	@bob:localhost:8481	$17961844076VnjuX:localhost:8481	join	8
!wjlfuPdTofvFdQLWIL:localhost:8482	@alice:localhost:8481	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	join	12
!dsnnDzTCnPaxcAJujC:localhost:8481	@alice:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	join	17
!KKAXkkiblPjOABEkLa:localhost:8481	@alice:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	join	26
!rqignVjkoFMkqEuiFT:localhost:8481	@alice:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	join	33
!pXnwkVcRsfdzmWaoUr:localhost:8482	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	join	40
!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	join	42
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	@alice:localhost:8481	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	join	48
\.


--
-- Data for Name: local_media_repository; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository (media_id, media_type, media_length, created_ts, upload_name, user_id, quarantined_by, url_cache, last_access_ts, safe_from_quarantine, authenticated, sha256) FROM stdin;
\.


--
-- Data for Name: local_media_repository_thumbnails; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository_thumbnails (media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method, thumbnail_length) FROM stdin;
\.


--
-- Data for Name: local_media_repository_url_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.local_media_repository_url_cache (url, response_code, etag, expires_ts, og, media_id, download_ts) FROM stdin;
\.


--
-- Data for Name: login_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.login_tokens (token, user_id, expiry_ts, used_ts, auth_provider_id, auth_provider_session_id) FROM stdin;
\.


--
-- Data for Name: monthly_active_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.monthly_active_users (user_id, "timestamp") FROM stdin;
\.


--
-- Data for Name: msc4242_state_dag_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.msc4242_state_dag_edges (room_id, event_id, prev_state_event_id) FROM stdin;
\.


--
-- Data for Name: msc4242_state_dag_forward_extremities; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.msc4242_state_dag_forward_extremities (room_id, event_id) FROM stdin;
\.


--
-- Data for Name: open_id_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.open_id_tokens (token, ts_valid_until_ms, user_id) FROM stdin;
\.


--
-- Data for Name: partial_state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_events (room_id, event_id) FROM stdin;
\.


--
-- Data for Name: partial_state_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_rooms (room_id, device_lists_stream_id, join_event_id, joined_via) FROM stdin;
\.


--
-- Data for Name: partial_state_rooms_servers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.partial_state_rooms_servers (room_id, server_name) FROM stdin;
\.


--
-- Data for Name: per_user_experimental_features; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.per_user_experimental_features (user_id, feature, enabled) FROM stdin;
\.


--
-- Data for Name: port_from_sqlite3; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.port_from_sqlite3 (table_name, forward_rowid, backward_rowid) FROM stdin;
threads	1	0
worker_locks	1	0
device_lists_outbound_pokes	1	0
partial_state_events	1	0
worker_read_write_locks	1	0
device_lists_remote_resync	1	0
room_aliases	1	0
sliding_sync_connection_positions	1	0
device_auth_providers	1	0
device_federation_outbox	1	0
event_failed_pull_attempts	1	0
blocked_rooms	1	0
receipts_linearized	1	0
ratelimit_override	1	0
application_services_state	1	0
room_retention	1	0
event_push_actions_staging	1	0
event_labels	1	0
quarantined_media_changes	1	0
profile_updates	1	0
threepid_guest_access_tokens	1	0
receipts_graph	1	0
user_directory	1	0
e2e_room_keys_versions	1	0
appservice_room_list	1	0
registration_tokens	1	0
user_signature_stream	1	0
worker_read_write_locks_mode	1	0
sticky_events	1	0
background_updates	1	0
monthly_active_users	1	0
sliding_sync_connection_required_state	1	0
ignored_users	1	0
federation_inbound_events_staging	1	0
users_in_public_rooms	1	0
event_auth_chain_to_calculate	1	0
ui_auth_sessions_ips	1	0
device_lists_changes_in_room	1	0
sliding_sync_connection_lazy_members	1	0
user_directory_stream_pos	1	0
account_data	1	0
partial_state_rooms_servers	1	0
room_tags	1	0
destination_rooms_sticky_events_backlog	1	0
state_groups_persisting	1	0
e2e_one_time_keys_json	1	0
device_lists_remote_cache	1	0
room_stats_earliest_token	1	0
remote_media_cache	1	0
e2e_cross_signing_keys	1	0
event_expiry	1	0
delayed_events	1	0
room_alias_servers	1	0
local_media_repository_thumbnails	1	0
msc4242_state_dag_forward_extremities	1	0
applied_module_schemas	1	0
device_lists_remote_extremeties	1	0
user_external_ids	1	0
device_inbox	1	0
sliding_sync_joined_rooms_to_recalculate	1	0
local_media_repository_url_cache	1	0
room_account_data	1	0
push_rules	1	0
threepid_validation_session	1	0
deleted_pushers	1	0
remote_media_cache_thumbnails	1	0
partial_state_rooms	1	0
room_tags_revisions	1	0
e2e_device_keys_json	1	0
users_to_send_full_presence_to	1	0
ex_outlier_stream	1	0
ui_auth_sessions_credentials	1	0
threepid_validation_token	1	0
dehydrated_devices	1	0
device_lists_outbound_last_success	1	0
event_push_summary	9	0
users	3	0
destinations	2	0
state_events	53	0
devices	3	0
current_state_delta_stream	52	0
state_groups	53	0
room_depth	8	0
rejections	2	0
user_ips	3	0
device_lists_changes_converted_stream_position	2	0
appservice_stream_position	2	0
event_push_summary_stream_ordering	2	0
rooms	8	0
schema_compat_version	2	0
event_auth_chain_links	46	0
device_lists_stream	3	0
stats_incremental_position	2	0
server_keys_json	2	0
state_groups_state	72	0
room_stats_state	8	0
profiles	3	0
sliding_sync_membership_snapshots	10	0
event_txn_id_device_id	13	0
current_state_events	52	0
room_memberships	17	0
un_partial_stated_room_stream	3	0
sliding_sync_joined_rooms	8	0
destination_rooms	6	0
un_partial_stated_event_stream	3	0
event_edges	64	0
user_directory_stale_remote_users	1	0
users_pending_deactivation	1	0
pushers	1	0
push_rules_enable	1	0
sliding_sync_connections	1	0
login_tokens	1	0
sessions	1	0
pusher_throttle	1	0
ui_auth_sessions	1	0
sliding_sync_connection_room_configs	1	0
device_federation_inbox	1	0
users_who_share_private_rooms	1	0
msc4242_state_dag_edges	1	0
account_validity	1	0
push_rules_stream	1	0
event_relations	1	0
e2e_fallback_keys_json	1	0
user_stats_current	3	0
state_group_edges	43	0
event_auth	116	0
stream_positions	6	0
scheduled_tasks	2	0
events	63	-14
device_lists_changes_in_room_max_pruned_stream_id	2	0
event_push_summary_last_receipt_stream_id	2	0
received_transactions	9	0
event_backward_extremities	3	0
room_stats_current	8	0
event_push_actions	15	0
timeline_gaps	3	0
access_tokens	3	0
user_threepids	1	0
erased_users	1	0
e2e_cross_signing_signatures	1	0
open_id_tokens	1	0
room_ban_redactions	1	0
room_reports	1	0
event_reports	1	0
user_threepid_id_server	1	0
sliding_sync_connection_streams	1	0
application_services_txns	1	0
device_lists_remote_pending	1	0
profile_updates_per_user	1	0
refresh_tokens	1	0
per_user_experimental_features	1	0
thread_subscriptions	1	0
user_reports	1	0
user_filters	1	0
user_directory_search	1	0
e2e_room_keys	1	0
local_media_repository	1	0
presence_stream	1	0
user_daily_visits	3	0
event_search	25	0
state_groups_pending_deletion	6	0
delayed_events_stream_pos	2	0
stream_ordering_to_exterm	44	0
event_auth_chains	53	0
room_forgetter_stream_pos	2	0
redactions	3	0
federation_stream_position	3	0
event_to_state_groups	60	0
server_signature_keys	2	0
event_json	72	0
event_forward_extremities	12	0
local_current_membership	10	0
\.


--
-- Data for Name: presence_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.presence_stream (stream_id, user_id, state, last_active_ts, last_federation_update_ts, last_user_sync_ts, status_msg, currently_active, instance_name) FROM stdin;
\.


--
-- Data for Name: profile_updates; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profile_updates (stream_id, instance_name, user_id, action, affected_fields, inserted_ts) FROM stdin;
\.


--
-- Data for Name: profile_updates_per_user; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profile_updates_per_user (stream_id, user_id, inserted_ts) FROM stdin;
\.


--
-- Data for Name: profiles; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.profiles (user_id, displayname, avatar_url, full_user_id, fields) FROM stdin;
alice	alice	\N	@alice:localhost:8481	\N
bob	bob	\N	@bob:localhost:8481	\N
\.


--
-- Data for Name: push_rules; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules (id, user_name, rule_id, priority_class, priority, conditions, actions) FROM stdin;
\.


--
-- Data for Name: push_rules_enable; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules_enable (id, user_name, rule_id, enabled) FROM stdin;
\.


--
-- Data for Name: push_rules_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.push_rules_stream (stream_id, event_stream_ordering, user_id, rule_id, op, priority_class, priority, conditions, actions, instance_name) FROM stdin;
\.


--
-- Data for Name: pusher_throttle; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pusher_throttle (pusher, room_id, last_sent_ts, throttle_ms) FROM stdin;
\.


--
-- Data for Name: pushers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.pushers (id, user_name, access_token, profile_tag, kind, app_id, app_display_name, device_display_name, pushkey, ts, lang, data, last_stream_ordering, last_success, failing_since, enabled, device_id, instance_name) FROM stdin;
\.


--
-- Data for Name: quarantined_media_changes; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.quarantined_media_changes (stream_id, instance_name, origin, media_id, quarantined) FROM stdin;
\.


--
-- Data for Name: ratelimit_override; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ratelimit_override (user_id, messages_per_second, burst_count) FROM stdin;
\.


--
-- Data for Name: receipts_graph; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.receipts_graph (room_id, receipt_type, user_id, event_ids, data, thread_id) FROM stdin;
\.


--
-- Data for Name: receipts_linearized; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.receipts_linearized (stream_id, room_id, receipt_type, user_id, event_id, data, instance_name, event_stream_ordering, thread_id) FROM stdin;
\.


--
-- Data for Name: received_transactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.received_transactions (transaction_id, origin, ts, response_code, response_json, has_been_referenced) FROM stdin;
1796184406077	localhost:8482	1796184409379	200	\\x7b2270647573223a7b22243137393631383434303931514e715a413a6c6f63616c686f73743a38343832223a7b7d7d7d	0
1796184406078	localhost:8482	1796184410190	200	\\x7b2270647573223a7b222469576c553337574364453372704e624a414d54567a397635315136452d4659444d484c793967665056334d223a7b7d7d7d	0
1796184406079	localhost:8482	1796184411719	200	\\x7b2270647573223a7b22246f634a4338385347336f776d4532483872317150373475464c64395a764e7466486d63343850306979684d223a7b7d7d7d	0
1796184406080	localhost:8482	1796184413969	200	\\x7b2270647573223a7b22246c4b746c445f4a4b474e704e494b574d30626e584a4b655772716f4a4e724b4b59434f4169733637725f49223a7b7d7d7d	0
1796184406081	localhost:8482	1796184415075	200	\\x7b2270647573223a7b2224516c53546e6b4e4a6a50714b494566777a7046454c2d4c6865454e4c5a6f642d3053593062554239396434223a7b7d7d7d	0
1796184406082	localhost:8482	1796184418377	200	\\x7b2270647573223a7b22244a43687078544a3279504b7570486f7858774d506a6c45366d756e677234756f5163653835434579446b6f223a7b7d7d7d	0
1796184406083	localhost:8482	1796184423930	200	\\x7b2270647573223a7b22246c383036634667416b64396f4956724836625f715066766e507645556d4c654f68586a70686b735856616b223a7b7d7d7d	0
fixture1796184424120532826	localhost:8482	1796184424167	200	\\x7b2270647573223a7b2224587170417a566359642d385947307076374a35467144583339425757794e4c595654446756644a3857456b223a7b7d7d7d	0
\.


--
-- Data for Name: redactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.redactions (event_id, redacts, have_censored, received_ts, recheck) FROM stdin;
$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c	$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A	t	1796184415945	f
$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw	$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY	f	1796184723589	f
\.


--
-- Data for Name: refresh_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.refresh_tokens (id, user_id, device_id, token, next_token_id, expiry_ts, ultimate_session_expiry_ts) FROM stdin;
\.


--
-- Data for Name: registration_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.registration_tokens (token, uses_allowed, pending, completed, expiry_time) FROM stdin;
\.


--
-- Data for Name: rejections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rejections (event_id, reason, last_check) FROM stdin;
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	auth_error	1796184424203
\.


--
-- Data for Name: remote_media_cache; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.remote_media_cache (media_origin, media_id, media_type, created_ts, upload_name, media_length, filesystem_id, last_access_ts, quarantined_by, authenticated, sha256) FROM stdin;
\.


--
-- Data for Name: remote_media_cache_thumbnails; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.remote_media_cache_thumbnails (media_origin, media_id, thumbnail_width, thumbnail_height, thumbnail_method, thumbnail_type, thumbnail_length, filesystem_id) FROM stdin;
\.


--
-- Data for Name: room_account_data; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_account_data (user_id, room_id, account_data_type, stream_id, content, instance_name) FROM stdin;
\.


--
-- Data for Name: room_alias_servers; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_alias_servers (room_alias, server) FROM stdin;
\.


--
-- Data for Name: room_aliases; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_aliases (room_alias, room_id, creator) FROM stdin;
\.


--
-- Data for Name: room_ban_redactions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_ban_redactions (room_id, user_id, redacting_event_id, redact_end_ordering) FROM stdin;
\.


--
-- Data for Name: room_depth; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_depth (room_id, min_depth) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	1
!wjlfuPdTofvFdQLWIL:localhost:8482	0
!dsnnDzTCnPaxcAJujC:localhost:8481	0
!KKAXkkiblPjOABEkLa:localhost:8481	1
!rqignVjkoFMkqEuiFT:localhost:8481	1
!pXnwkVcRsfdzmWaoUr:localhost:8482	0
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	1
\.


--
-- Data for Name: room_forgetter_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_forgetter_stream_pos (lock, stream_id) FROM stdin;
X	62
\.


--
-- Data for Name: room_memberships; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_memberships (event_id, user_id, sender, room_id, membership, forgotten, display_name, avatar_url, event_stream_ordering, participant) FROM stdin;
$17961844071dFuIp:localhost:8481	@alice:localhost:8481	@alice:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	join	0	alice	\N	3	t
$17961844076VnjuX:localhost:8481	@bob:localhost:8481	@bob:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	join	0	bob	\N	8	f
$17961844080phLwg:localhost:8482	@carol:localhost:8482	@carol:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	join	0	carol	\N	9	f
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	@carol:localhost:8482	@carol:localhost:8482	!wjlfuPdTofvFdQLWIL:localhost:8482	join	0	carol	\N	-3	f
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	@alice:localhost:8481	@alice:localhost:8481	!wjlfuPdTofvFdQLWIL:localhost:8482	join	0	alice	\N	12	t
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	@alice:localhost:8481	@alice:localhost:8481	!dsnnDzTCnPaxcAJujC:localhost:8481	join	0	alice	\N	17	t
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	@carol:localhost:8482	@carol:localhost:8482	!dsnnDzTCnPaxcAJujC:localhost:8481	join	0	carol	\N	22	f
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	@alice:localhost:8481	@alice:localhost:8481	!KKAXkkiblPjOABEkLa:localhost:8481	join	0	alice	\N	26	f
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	@carol:localhost:8482	@carol:localhost:8482	!KKAXkkiblPjOABEkLa:localhost:8481	join	0	carol	\N	31	f
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	@alice:localhost:8481	@alice:localhost:8481	!rqignVjkoFMkqEuiFT:localhost:8481	join	0	alice	\N	33	f
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	@carol:localhost:8482	@carol:localhost:8482	!rqignVjkoFMkqEuiFT:localhost:8481	join	0	carol	\N	38	f
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	@carol:localhost:8482	@carol:localhost:8482	!pXnwkVcRsfdzmWaoUr:localhost:8482	join	0	carol	\N	-9	f
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	@alice:localhost:8481	@alice:localhost:8481	!pXnwkVcRsfdzmWaoUr:localhost:8482	join	0	alice	\N	40	t
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	@bob:localhost:8481	@bob:localhost:8481	!pXnwkVcRsfdzmWaoUr:localhost:8482	join	0	bob	\N	42	t
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	@alice:localhost:8481	@alice:localhost:8481	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	join	0	alice	\N	48	t
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	@carol:localhost:8482	@carol:localhost:8482	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	join	0	carol	\N	53	f
\.


--
-- Data for Name: room_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_reports (id, received_ts, room_id, user_id, reason) FROM stdin;
\.


--
-- Data for Name: room_retention; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_retention (room_id, event_id, min_lifetime, max_lifetime) FROM stdin;
\.


--
-- Data for Name: room_stats_current; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_current (room_id, current_state_events, joined_members, invited_members, left_members, banned_members, local_users_in_room, completed_delta_stream_id, knocked_members) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	8	3	0	0	0	2	23	0
!wjlfuPdTofvFdQLWIL:localhost:8482	7	2	0	0	0	1	23	0
!dsnnDzTCnPaxcAJujC:localhost:8481	7	2	0	0	0	1	23	0
!KKAXkkiblPjOABEkLa:localhost:8481	7	2	0	0	0	1	31	0
!rqignVjkoFMkqEuiFT:localhost:8481	7	2	0	0	0	1	38	0
!pXnwkVcRsfdzmWaoUr:localhost:8482	8	3	0	0	0	2	42	0
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	7	2	0	0	0	1	53	0
\.


--
-- Data for Name: room_stats_earliest_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_earliest_token (room_id, token) FROM stdin;
\.


--
-- Data for Name: room_stats_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_stats_state (room_id, name, canonical_alias, join_rules, history_visibility, encryption, avatar, guest_access, is_federatable, topic, room_type) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	fixture v1	\N	public	shared	\N	\N	\N	t	\N	\N
!wjlfuPdTofvFdQLWIL:localhost:8482	fixture v5	\N	public	shared	\N	\N	\N	t	\N	\N
!dsnnDzTCnPaxcAJujC:localhost:8481	fixture v6	\N	public	shared	\N	\N	\N	t	\N	\N
!KKAXkkiblPjOABEkLa:localhost:8481	fixture v9-allowed	\N	public	shared	\N	\N	\N	t	\N	\N
!rqignVjkoFMkqEuiFT:localhost:8481	fixture v10-restricted	\N	restricted	shared	\N	\N	\N	t	\N	\N
!pXnwkVcRsfdzmWaoUr:localhost:8482	fixture v11	\N	public	shared	\N	\N	\N	t	\N	\N
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	fixture v12	\N	public	shared	\N	\N	\N	t	\N	\N
\.


--
-- Data for Name: room_tags; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_tags (user_id, room_id, tag, content) FROM stdin;
\.


--
-- Data for Name: room_tags_revisions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.room_tags_revisions (user_id, room_id, stream_id, instance_name) FROM stdin;
\.


--
-- Data for Name: rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.rooms (room_id, is_public, creator, room_version, has_auth_chain_index) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	f	@alice:localhost:8481	1	t
!wjlfuPdTofvFdQLWIL:localhost:8482	f	@carol:localhost:8482	5	t
!dsnnDzTCnPaxcAJujC:localhost:8481	f	@alice:localhost:8481	6	t
!KKAXkkiblPjOABEkLa:localhost:8481	f	@alice:localhost:8481	9	t
!rqignVjkoFMkqEuiFT:localhost:8481	f	@alice:localhost:8481	10	t
!pXnwkVcRsfdzmWaoUr:localhost:8482	f	@carol:localhost:8482	11	t
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	f	@alice:localhost:8481	12	t
\.


--
-- Data for Name: scheduled_tasks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.scheduled_tasks (id, action, status, "timestamp", resource_id, params, result, error) FROM stdin;
delete_old_otks_task	delete_old_otks	complete	1796184481711	\N	\N	\N	\N
\.


--
-- Data for Name: schema_compat_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_compat_version (lock, compat_version) FROM stdin;
X	84
\.


--
-- Data for Name: schema_version; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.schema_version (lock, version, upgraded) FROM stdin;
X	94	t
\.


--
-- Data for Name: server_keys_json; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_keys_json (server_name, key_id, from_server, ts_added_ms, ts_valid_until_ms, key_json) FROM stdin;
localhost:8482	ed25519:a_JlcE	localhost:8482	1796184408251	1796270806110	\\x7b226f6c645f7665726966795f6b657973223a7b7d2c227365727665725f6e616d65223a226c6f63616c686f73743a38343832222c227369676e617475726573223a7b226c6f63616c686f73743a38343832223a7b22656432353531393a615f4a6c6345223a22746e72364453414f6f474f705032456e6459444631564157332b30596d6d746d4f6d30667545615547377a78316b634a596d455676557a757745544a2b5537644a706c4744703359732f6c39594a35474e65724f4351227d7d2c2276616c69645f756e74696c5f7473223a313739363237303830363131302c227665726966795f6b657973223a7b22656432353531393a615f4a6c6345223a7b226b6579223a224a7a65426e6f505358527263594342766a34616534543147517873692f785962536d6d46385476436e4f6f227d7d7d
\.


--
-- Data for Name: server_signature_keys; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.server_signature_keys (server_name, key_id, from_server, ts_added_ms, verify_key, ts_valid_until_ms) FROM stdin;
localhost:8482	ed25519:a_JlcE	localhost:8482	1796184408251	\\x2737819e83d25d1adc60206f8f869ee13d46431b22ff161b4a6985f13bc29cea	1796270806110
\.


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sessions (session_type, session_id, value, expiry_time_ms) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_lazy_members; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_lazy_members (connection_key, connection_position, room_id, user_id, last_seen_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_positions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_positions (connection_position, connection_key, created_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_required_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_required_state (required_state_id, connection_key, required_state) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_room_configs; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_room_configs (connection_position, room_id, timeline_limit, required_state_id) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connection_streams; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connection_streams (connection_position, stream, room_id, room_status, last_token) FROM stdin;
\.


--
-- Data for Name: sliding_sync_connections; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_connections (connection_key, user_id, effective_device_id, conn_id, created_ts, last_used_ts) FROM stdin;
\.


--
-- Data for Name: sliding_sync_joined_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_joined_rooms (room_id, event_stream_ordering, bump_stamp, room_type, room_name, is_encrypted, tombstone_successor_room_id) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	57	57	\N	fixture v1	f	\N
!wjlfuPdTofvFdQLWIL:localhost:8482	15	15	\N	fixture v5	f	\N
!dsnnDzTCnPaxcAJujC:localhost:8481	61	61	\N	fixture v6	f	\N
!KKAXkkiblPjOABEkLa:localhost:8481	31	25	\N	fixture v9-allowed	f	\N
!rqignVjkoFMkqEuiFT:localhost:8481	39	39	\N	fixture v10-restricted	f	\N
!pXnwkVcRsfdzmWaoUr:localhost:8482	62	59	\N	fixture v11	f	\N
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	56	56	\N	fixture v12	f	\N
\.


--
-- Data for Name: sliding_sync_joined_rooms_to_recalculate; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_joined_rooms_to_recalculate (room_id) FROM stdin;
\.


--
-- Data for Name: sliding_sync_membership_snapshots; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sliding_sync_membership_snapshots (room_id, user_id, sender, membership_event_id, membership, forgotten, event_stream_ordering, event_instance_name, has_known_state, room_type, room_name, is_encrypted, tombstone_successor_room_id) FROM stdin;
!vCPHzseGLSfzHjzMhi:localhost:8481	@alice:localhost:8481	@alice:localhost:8481	$17961844071dFuIp:localhost:8481	join	0	3	master	t	\N	\N	f	\N
!vCPHzseGLSfzHjzMhi:localhost:8481	@bob:localhost:8481	@bob:localhost:8481	$17961844076VnjuX:localhost:8481	join	0	8	master	t	\N	fixture v1	f	\N
!wjlfuPdTofvFdQLWIL:localhost:8482	@alice:localhost:8481	@alice:localhost:8481	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	join	0	12	master	t	\N	fixture v5	f	\N
!dsnnDzTCnPaxcAJujC:localhost:8481	@alice:localhost:8481	@alice:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	join	0	17	master	t	\N	\N	f	\N
!KKAXkkiblPjOABEkLa:localhost:8481	@alice:localhost:8481	@alice:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	join	0	26	master	t	\N	\N	f	\N
!rqignVjkoFMkqEuiFT:localhost:8481	@alice:localhost:8481	@alice:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	join	0	33	master	t	\N	\N	f	\N
!pXnwkVcRsfdzmWaoUr:localhost:8482	@alice:localhost:8481	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	join	0	40	master	t	\N	fixture v11	f	\N
!pXnwkVcRsfdzmWaoUr:localhost:8482	@bob:localhost:8481	@bob:localhost:8481	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	join	0	42	master	t	\N	fixture v11	f	\N
!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	@alice:localhost:8481	@alice:localhost:8481	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	join	0	48	master	t	\N	\N	f	\N
\.


--
-- Data for Name: state_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_events (event_id, room_id, type, state_key, prev_state) FROM stdin;
$17961844070ffoxm:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.create		\N
$17961844071dFuIp:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@alice:localhost:8481	\N
$17961844072iUHHY:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.power_levels		\N
$17961844073fWqDg:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.join_rules		\N
$17961844074wOsWa:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.history_visibility		\N
$17961844075sDqBS:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.name		\N
$17961844076VnjuX:localhost:8481	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@bob:localhost:8481	\N
$17961844080phLwg:localhost:8482	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@carol:localhost:8482	\N
$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.create		\N
$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@carol:localhost:8482	\N
$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.power_levels		\N
$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.history_visibility		\N
$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.join_rules		\N
$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.name		\N
$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@alice:localhost:8481	\N
$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.create		\N
$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@alice:localhost:8481	\N
$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.power_levels		\N
$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.join_rules		\N
$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.history_visibility		\N
$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		\N
$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@carol:localhost:8482	\N
$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.create		\N
$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@alice:localhost:8481	\N
$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.power_levels		\N
$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.join_rules		\N
$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.history_visibility		\N
$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.name		\N
$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@carol:localhost:8482	\N
$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.create		\N
$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@alice:localhost:8481	\N
$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.power_levels		\N
$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.history_visibility		\N
$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.join_rules		\N
$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.name		\N
$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@carol:localhost:8482	\N
$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		\N
$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@carol:localhost:8482	\N
$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		\N
$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		\N
$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		\N
$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		\N
$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	\N
$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@bob:localhost:8481	\N
$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.create		\N
$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@alice:localhost:8481	\N
$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.power_levels		\N
$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.join_rules		\N
$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.history_visibility		\N
$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.name		\N
$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@carol:localhost:8482	\N
$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		\N
\.


--
-- Data for Name: state_group_edges; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_group_edges (state_group, prev_state_group) FROM stdin;
2	1
3	2
4	3
5	4
6	5
7	6
8	7
9	8
11	10
13	12
15	14
16	15
17	16
18	17
19	18
20	19
21	20
23	22
24	23
25	24
26	25
27	26
28	27
29	28
31	30
32	31
33	32
34	33
35	34
36	35
37	36
39	38
41	40
43	42
45	44
46	45
47	46
48	47
49	48
50	49
51	50
52	21
\.


--
-- Data for Name: state_groups; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups (id, room_id, event_id) FROM stdin;
1	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844070ffoxm:localhost:8481
2	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844070ffoxm:localhost:8481
3	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844071dFuIp:localhost:8481
4	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844072iUHHY:localhost:8481
5	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844073fWqDg:localhost:8481
6	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844074wOsWa:localhost:8481
7	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844075sDqBS:localhost:8481
8	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844076VnjuX:localhost:8481
9	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844080phLwg:localhost:8482
10	!wjlfuPdTofvFdQLWIL:localhost:8482	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
11	!wjlfuPdTofvFdQLWIL:localhost:8482	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
12	!wjlfuPdTofvFdQLWIL:localhost:8482	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
13	!wjlfuPdTofvFdQLWIL:localhost:8482	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
14	!dsnnDzTCnPaxcAJujC:localhost:8481	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM
15	!dsnnDzTCnPaxcAJujC:localhost:8481	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM
16	!dsnnDzTCnPaxcAJujC:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E
17	!dsnnDzTCnPaxcAJujC:localhost:8481	$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM
18	!dsnnDzTCnPaxcAJujC:localhost:8481	$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4
19	!dsnnDzTCnPaxcAJujC:localhost:8481	$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI
20	!dsnnDzTCnPaxcAJujC:localhost:8481	$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU
21	!dsnnDzTCnPaxcAJujC:localhost:8481	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE
22	!KKAXkkiblPjOABEkLa:localhost:8481	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI
23	!KKAXkkiblPjOABEkLa:localhost:8481	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI
24	!KKAXkkiblPjOABEkLa:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg
25	!KKAXkkiblPjOABEkLa:localhost:8481	$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ
26	!KKAXkkiblPjOABEkLa:localhost:8481	$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8
27	!KKAXkkiblPjOABEkLa:localhost:8481	$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc
28	!KKAXkkiblPjOABEkLa:localhost:8481	$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco
29	!KKAXkkiblPjOABEkLa:localhost:8481	$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540
30	!rqignVjkoFMkqEuiFT:localhost:8481	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64
31	!rqignVjkoFMkqEuiFT:localhost:8481	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64
32	!rqignVjkoFMkqEuiFT:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM
33	!rqignVjkoFMkqEuiFT:localhost:8481	$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY
34	!rqignVjkoFMkqEuiFT:localhost:8481	$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M
35	!rqignVjkoFMkqEuiFT:localhost:8481	$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8
36	!rqignVjkoFMkqEuiFT:localhost:8481	$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g
37	!rqignVjkoFMkqEuiFT:localhost:8481	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
39	!pXnwkVcRsfdzmWaoUr:localhost:8482	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
41	!pXnwkVcRsfdzmWaoUr:localhost:8482	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc
43	!pXnwkVcRsfdzmWaoUr:localhost:8482	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc
44	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
45	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
46	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0
47	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY
48	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw
50	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0
51	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ
52	!dsnnDzTCnPaxcAJujC:localhost:8481	$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk
\.


--
-- Data for Name: state_groups_pending_deletion; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_pending_deletion (sequence_number, state_group, insertion_ts) FROM stdin;
1	10	1796184459820
2	11	1796184459820
3	38	1796184459820
4	39	1796184459820
5	52	1796184459820
\.


--
-- Data for Name: state_groups_persisting; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_persisting (state_group, instance_name, inserted_ts) FROM stdin;
\.


--
-- Data for Name: state_groups_state; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.state_groups_state (state_group, room_id, type, state_key, event_id) FROM stdin;
2	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.create		$17961844070ffoxm:localhost:8481
3	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@alice:localhost:8481	$17961844071dFuIp:localhost:8481
4	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.power_levels		$17961844072iUHHY:localhost:8481
5	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.join_rules		$17961844073fWqDg:localhost:8481
6	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.history_visibility		$17961844074wOsWa:localhost:8481
7	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.name		$17961844075sDqBS:localhost:8481
8	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@bob:localhost:8481	$17961844076VnjuX:localhost:8481
9	!vCPHzseGLSfzHjzMhi:localhost:8481	m.room.member	@carol:localhost:8482	$17961844080phLwg:localhost:8482
10	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.name		$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E
10	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.power_levels		$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8
10	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.history_visibility		$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY
10	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.join_rules		$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q
10	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.create		$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY
11	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@alice:localhost:8481	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@carol:localhost:8482	$eW34fA4J0lk9G8C71mNXlmwQHrDnKJzcungNwtRfGgk
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.name		$PErlxNf3hZBIFUGCfe2eCrEruZjgAOCuIxl6RjCVW-E
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.power_levels		$RIXSmuhZkj7wrsku_IBVg69yMuzL1CAUN8Rz5lgt8R8
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.history_visibility		$8ICLwsEh2KoqNyA9PdyspsWFeQj6WMfiwsn8NxOoXvY
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.join_rules		$Dle3BdteN74V_T3Dx5Pu9tQCFYnaikpV0fiFCn4NE1Q
12	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.create		$R5UCiwvT4RaSHvAAQCS1DAj90WCbcTsB8a9soOgHpCY
13	!wjlfuPdTofvFdQLWIL:localhost:8482	m.room.member	@alice:localhost:8481	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
15	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.create		$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM
16	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@alice:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E
17	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.power_levels		$lwk4qnt7jGKuKFf5D6GbgtfOSw7drwSOXNhtMp9_YwM
18	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.join_rules		$3vX4UwlvmjHEw33zmSUPwrU80Hl96TfFKxEoOq_KTj4
19	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.history_visibility		$ZanedUlrqRzJRbbN4N9ubJ-7K8c-TouKaWd3DZe_PsI
20	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU
21	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.member	@carol:localhost:8482	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE
23	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.create		$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI
24	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@alice:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg
25	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.power_levels		$sKbB3xg8qktYQ_-sfozLmgjATj0wGuta-cV6ItzsFVQ
26	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.join_rules		$iDsvhiq8vbgQxgLp-fo7EirIXbGTtdf0GQAjg72SnB8
27	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.history_visibility		$f4JMcUW1CRI4f5ZPiRn6ucur6lHdp28xZoJZwE4hsFc
28	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.name		$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco
29	!KKAXkkiblPjOABEkLa:localhost:8481	m.room.member	@carol:localhost:8482	$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540
31	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.create		$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64
32	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@alice:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM
33	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.power_levels		$TVIy_Hyc6QAHaKQg0WerhtMJsOJaXmieFYV0AbaJ7qY
34	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.history_visibility		$lI9-qNnsnxEuyuSSYTL6JUZrlIczJ--EEzHsrNb-p1M
35	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.join_rules		$2MSvkIIcGt4ux_go5SUHdhLQtS1hwMtO1QQnsMjMru8
36	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.name		$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g
37	!rqignVjkoFMkqEuiFT:localhost:8481	m.room.member	@carol:localhost:8482	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos
38	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY
39	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@carol:localhost:8482	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY
41	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.name		$BJVOlTrg30oRle8Jmzx8MEV0v_XCadXbF3djxNiFGis
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.history_visibility		$zjFvcKxcR07dbJ7SUYHuUAPFkZ4oPODXFFunZIH8T1E
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.join_rules		$JoTMFjPtE1nhosHHxI4r6cRMfB_r3HYIaxIuXfKZfos
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.power_levels		$44KENuf7_CPKbev4bISpUkzY8DgRvfON_IBbINERRcc
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.create		$B1_0_v2MR_cnZ-poAqrifpn9RJl5TZxfEvRoVRVLUNY
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@alice:localhost:8481	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@carol:localhost:8482	$83qXTFVOVQIDl21j9cmwN6nKXlMvSIzdID012HYE-V4
43	!pXnwkVcRsfdzmWaoUr:localhost:8482	m.room.member	@bob:localhost:8481	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc
45	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.create		$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
46	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@alice:localhost:8481	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0
47	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.power_levels		$yEJ7qHbFBrdYy24c3ttQu9o4onfJd8IRsGUPBIkf8gY
48	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.join_rules		$qfn-WqQgc5cYv0OXuMPBUdCk0Mv802oc49GiP7Z1s8Y
49	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.history_visibility		$TToZbQy-Ou2aWfoUMdgdZxYM0tvWQkCtHoK_iAz8Pkw
50	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.name		$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0
51	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	m.room.member	@carol:localhost:8482	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ
52	!dsnnDzTCnPaxcAJujC:localhost:8481	m.room.name		$XqpAzVcYd-8YG0pv7J5FqDX39BWWyNLYVTDgVdJ8WEk
\.


--
-- Data for Name: stats_incremental_position; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stats_incremental_position (lock, stream_id) FROM stdin;
X	62
\.


--
-- Data for Name: sticky_events; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.sticky_events (stream_id, instance_name, event_id, room_id, event_stream_ordering, sender, expires_at) FROM stdin;
\.


--
-- Data for Name: stream_ordering_to_exterm; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stream_ordering_to_exterm (stream_ordering, room_id, event_id) FROM stdin;
2	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844070ffoxm:localhost:8481
3	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844071dFuIp:localhost:8481
7	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844075sDqBS:localhost:8481
8	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844076VnjuX:localhost:8481
9	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844080phLwg:localhost:8482
10	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844088dOEFw:localhost:8481
11	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844091QNqZA:localhost:8482
12	!wjlfuPdTofvFdQLWIL:localhost:8482	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520
14	!wjlfuPdTofvFdQLWIL:localhost:8482	$iWlU37WCdE3rpNbJAMTVz9v51Q6E-FYDMHLy9gfPV3M
15	!wjlfuPdTofvFdQLWIL:localhost:8482	$pndy2UeX9jOIMe1-2nnO9G0xb5Pkjs-iWsk7gopzcIM
16	!dsnnDzTCnPaxcAJujC:localhost:8481	$C2qBx3YUv6iWB8e9Tc-5xpH7OjEzSYFNRKiLlfNDMlM
17	!dsnnDzTCnPaxcAJujC:localhost:8481	$rbdWI5wTx7q_e-W8BQMtLsSxZZSa2pOtrQ1Piqqh95E
21	!dsnnDzTCnPaxcAJujC:localhost:8481	$7aTiWglX8ksdSCW0LHgGV2kjxbe8Z6AUX9hWK9u02DU
22	!dsnnDzTCnPaxcAJujC:localhost:8481	$McN0gIxHiIXpTC0NtWV7Vl1PfjJlOJCiHV2hp7EOdCE
23	!dsnnDzTCnPaxcAJujC:localhost:8481	$qgb-hfCjrbx7Hy47nu-6wiwWx_nUEbTgsEiDfitO-DQ
24	!dsnnDzTCnPaxcAJujC:localhost:8481	$ocJC88SG3owmE2H8r1qP74uFLd9ZvNtfHmc48P0iyhM
25	!KKAXkkiblPjOABEkLa:localhost:8481	$a5iNBd3vdv98FGK-xlvZ_3dPQAdT8cMmNYnmplafzkI
26	!KKAXkkiblPjOABEkLa:localhost:8481	$qX6mvIeuOBvL1MWH3aHDsvPJgJsWHSY65E7Ascurhlg
30	!KKAXkkiblPjOABEkLa:localhost:8481	$4hxeGaTVIA9M4TKwyQVJyQRETh12tIvSE2IYfn0OGco
31	!KKAXkkiblPjOABEkLa:localhost:8481	$z9X1yEQpy23XeyfzhKTnykt-s8tAxn_GwTIiLxTr540
32	!rqignVjkoFMkqEuiFT:localhost:8481	$eQZMoVsjXCe62CLWsG8m9Eu00Kb4fGyA0xB4ar4CA64
33	!rqignVjkoFMkqEuiFT:localhost:8481	$rFDg5bgGyLmR5ubfyg7yjeXD8447cLNS5LJL2o_AwbM
37	!rqignVjkoFMkqEuiFT:localhost:8481	$fEnxVwyxlx60hNAAu8F2Qc8HJYfsPiJIXX2qRAVYt0g
38	!rqignVjkoFMkqEuiFT:localhost:8481	$13QJPu8s4hkR-3Pz1TQDEcGcnvhHuR4kBEl3SYJw8B4
39	!rqignVjkoFMkqEuiFT:localhost:8481	$lKtlD_JKGNpNIKWM0bnXJKeWrqoJNrKKYCOAis67r_I
40	!pXnwkVcRsfdzmWaoUr:localhost:8482	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0
42	!pXnwkVcRsfdzmWaoUr:localhost:8482	$MKsRpFCvoI3sn-uSX-elcsuH5sfZpaRqsZBc89VBlAc
43	!pXnwkVcRsfdzmWaoUr:localhost:8482	$QlSTnkNJjPqKIEfwzpFEL-LheENLZod-0SY0bUB99d4
44	!pXnwkVcRsfdzmWaoUr:localhost:8482	$sIhfvozT7kaJDs9uknlkQAXUMhV7IhrPVoooY_CX02A
45	!pXnwkVcRsfdzmWaoUr:localhost:8482	$PKvIosKQnVogqARPXsmHjBjYj4F2QWa7B-NyUACS2-c
46	!pXnwkVcRsfdzmWaoUr:localhost:8482	$fxIXqXzwHw2p-UxKiVe-9o7BXYenYNTW0nlLOqDmICY
47	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw
48	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$y35xgz27eoD8lSmmNOV6vXH6qCEPqr6YEdZ9ofsRiy0
52	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$hX1JIFMNztD3ndIPVdw9OjVu5rfxYmRq5xfGjJhneK0
53	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$J_kOS7ujOjSACue_vWYTx0_Wu40GMEoxuS_kILpnMqQ
54	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$4oyaC2Ziw55H1Zcukf7bAOvVWjauQi0Eps2qhopoRvk
55	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$JChpxTJ2yPKupHoxXwMPjlE6mungr4uoQce85CEyDko
56	!dTaxVwV_BfAhDzUCu1kcVzEKwuaAz51WhMduU_IUmgw	$g5cTvqfbKLpjmEzuRmkEs1YzzWSj3pV_LGcTuw_B58s
57	!vCPHzseGLSfzHjzMhi:localhost:8481	$17961844220eThYt:localhost:8481
58	!pXnwkVcRsfdzmWaoUr:localhost:8482	$JWkcqCVPiWcjrHTFhW-8tFyb4nJQt6rrlT36Ia5QwO8
59	!pXnwkVcRsfdzmWaoUr:localhost:8482	$l806cFgAkd9oIVrH6b_qPfvnPvEUmLeOhXjphksXVak
61	!dsnnDzTCnPaxcAJujC:localhost:8481	$5wZWE-K27iA0UoJxfRjfJApv3alvb8DCo_6VDz7g5Ps
62	!pXnwkVcRsfdzmWaoUr:localhost:8482	$-urzjbLQE025u4rU0tTCOWbp4v70mThiybMw2XWQ-rw
\.


--
-- Data for Name: stream_positions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.stream_positions (stream_name, instance_name, stream_id) FROM stdin;
device_lists_stream	master	3
events	master	62
backfill	master	-13
un_partial_stated_event_stream	master	3
un_partial_stated_room_stream	master	3
\.


--
-- Data for Name: thread_subscriptions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.thread_subscriptions (stream_id, instance_name, room_id, event_id, user_id, subscribed, automatic, unsubscribed_at_stream_ordering, unsubscribed_at_topological_ordering) FROM stdin;
\.


--
-- Data for Name: threads; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threads (room_id, thread_id, latest_event_id, topological_ordering, stream_ordering) FROM stdin;
\.


--
-- Data for Name: threepid_guest_access_tokens; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_guest_access_tokens (medium, address, guest_access_token, first_inviter) FROM stdin;
\.


--
-- Data for Name: threepid_validation_session; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_validation_session (session_id, medium, address, client_secret, last_send_attempt, validated_at) FROM stdin;
\.


--
-- Data for Name: threepid_validation_token; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.threepid_validation_token (token, session_id, next_link, expires) FROM stdin;
\.


--
-- Data for Name: timeline_gaps; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.timeline_gaps (room_id, instance_name, stream_ordering) FROM stdin;
!wjlfuPdTofvFdQLWIL:localhost:8482	master	12
!pXnwkVcRsfdzmWaoUr:localhost:8482	master	40
\.


--
-- Data for Name: ui_auth_sessions; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions (session_id, creation_time, serverdict, clientdict, uri, method, description) FROM stdin;
\.


--
-- Data for Name: ui_auth_sessions_credentials; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions_credentials (session_id, stage_type, result) FROM stdin;
\.


--
-- Data for Name: ui_auth_sessions_ips; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.ui_auth_sessions_ips (session_id, ip, user_agent) FROM stdin;
\.


--
-- Data for Name: un_partial_stated_event_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.un_partial_stated_event_stream (stream_id, instance_name, event_id, rejection_status_changed) FROM stdin;
2	master	$iidNiWnvAYDtIZmxpC1W25JbG2j8dDik5M3oYWWK520	f
3	master	$HND8S1ghdQKeS_X5Rs2LmWQDpd7uFuhQnV85sq9lAW0	f
\.


--
-- Data for Name: un_partial_stated_room_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.un_partial_stated_room_stream (stream_id, instance_name, room_id) FROM stdin;
2	master	!wjlfuPdTofvFdQLWIL:localhost:8482
3	master	!pXnwkVcRsfdzmWaoUr:localhost:8482
\.


--
-- Data for Name: user_daily_visits; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_daily_visits (user_id, device_id, "timestamp", user_agent) FROM stdin;
@alice:localhost:8481	KWSAMZMWRP	1796169600000	Python-urllib/3.11
@bob:localhost:8481	LDWERMVODR	1796169600000	Python-urllib/3.11
\.


--
-- Data for Name: user_directory; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory (user_id, room_id, display_name, avatar_url) FROM stdin;
\.


--
-- Data for Name: user_directory_search; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_search (user_id, vector) FROM stdin;
\.


--
-- Data for Name: user_directory_stale_remote_users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_stale_remote_users (user_id, user_server_name, next_try_at_ts, retry_counter) FROM stdin;
\.


--
-- Data for Name: user_directory_stream_pos; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_directory_stream_pos (lock, stream_id) FROM stdin;
X	\N
\.


--
-- Data for Name: user_external_ids; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_external_ids (auth_provider, external_id, user_id) FROM stdin;
\.


--
-- Data for Name: user_filters; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_filters (user_id, filter_id, filter_json, full_user_id) FROM stdin;
\.


--
-- Data for Name: user_ips; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_ips (user_id, access_token, device_id, ip, user_agent, last_seen) FROM stdin;
@alice:localhost:8481	syt_YWxpY2U_EFKqTuExJxGEPYsxPLYH_1WJKNf	KWSAMZMWRP	127.0.0.1	Python-urllib/3.11	1796184421982
@bob:localhost:8481	syt_Ym9i_gaBOlOtrXIyzsBxuZuJH_0pQuoT	LDWERMVODR	127.0.0.1	Python-urllib/3.11	1796184723563
\.


--
-- Data for Name: user_reports; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_reports (id, received_ts, target_user_id, user_id, reason) FROM stdin;
\.


--
-- Data for Name: user_signature_stream; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_signature_stream (stream_id, from_user_id, user_ids, instance_name) FROM stdin;
\.


--
-- Data for Name: user_stats_current; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_stats_current (user_id, joined_rooms, completed_delta_stream_id) FROM stdin;
@alice:localhost:8481	7	48
@bob:localhost:8481	2	42
\.


--
-- Data for Name: user_threepid_id_server; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_threepid_id_server (user_id, medium, address, id_server) FROM stdin;
\.


--
-- Data for Name: user_threepids; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.user_threepids (user_id, medium, address, validated_at, added_at) FROM stdin;
\.


--
-- Data for Name: users; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users (name, password_hash, creation_ts, admin, upgrade_ts, is_guest, appservice_id, consent_version, consent_server_notice_sent, user_type, deactivated, shadow_banned, consent_ts, approved, locked, suspended) FROM stdin;
@alice:localhost:8481	$2b$12$AhfV.gx4QXPmykWIkkBI/OtsKQS4LYe9eQ1PCFv/ngxN4Ucc64CfG	1796184406	1	\N	0	\N	\N	\N	\N	0	f	\N	t	f	f
@bob:localhost:8481	$2b$12$1Bq8npQ6ETp03az2Z0MwkepXoMPmYBgibaDdEA/6Dja54lRJYxQyW	1796184407	0	\N	0	\N	\N	\N	\N	0	f	\N	t	f	f
\.


--
-- Data for Name: users_in_public_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_in_public_rooms (user_id, room_id) FROM stdin;
\.


--
-- Data for Name: users_pending_deactivation; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_pending_deactivation (user_id) FROM stdin;
\.


--
-- Data for Name: users_to_send_full_presence_to; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_to_send_full_presence_to (user_id, presence_stream_id) FROM stdin;
\.


--
-- Data for Name: users_who_share_private_rooms; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.users_who_share_private_rooms (user_id, other_user_id, room_id) FROM stdin;
\.


--
-- Data for Name: worker_locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_locks (lock_name, lock_key, instance_name, token, last_renewed_ts) FROM stdin;
\.


--
-- Data for Name: worker_read_write_locks; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_read_write_locks (lock_name, lock_key, instance_name, write_lock, token, last_renewed_ts) FROM stdin;
\.


--
-- Data for Name: worker_read_write_locks_mode; Type: TABLE DATA; Schema: public; Owner: -
--

COPY public.worker_read_write_locks_mode (lock_name, lock_key, write_lock, token) FROM stdin;
\.


--
-- Name: account_data_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.account_data_sequence', 2, false);


--
-- Name: application_services_txn_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.application_services_txn_id_seq', 2, false);


--
-- Name: cache_invalidation_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.cache_invalidation_stream_seq', 1, true);


--
-- Name: device_inbox_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.device_inbox_sequence', 2, false);


--
-- Name: device_lists_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.device_lists_sequence', 4, false);


--
-- Name: e2e_cross_signing_keys_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.e2e_cross_signing_keys_sequence', 2, false);


--
-- Name: event_auth_chain_id; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.event_auth_chain_id', 53, false);


--
-- Name: events_backfill_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_backfill_stream_seq', 14, false);


--
-- Name: events_stream_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.events_stream_seq', 63, false);


--
-- Name: instance_map_instance_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.instance_map_instance_id_seq', 1, false);


--
-- Name: presence_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.presence_stream_sequence', 2, false);


--
-- Name: profile_updates_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.profile_updates_sequence', 2, false);


--
-- Name: push_rules_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.push_rules_stream_sequence', 2, false);


--
-- Name: pushers_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.pushers_sequence', 2, false);


--
-- Name: quarantined_media_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.quarantined_media_id_seq', 2, false);


--
-- Name: receipts_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.receipts_sequence', 2, false);


--
-- Name: sliding_sync_connection_positions_connection_position_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connection_positions_connection_position_seq', 1, false);


--
-- Name: sliding_sync_connection_required_state_required_state_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connection_required_state_required_state_id_seq', 1, false);


--
-- Name: sliding_sync_connections_connection_key_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sliding_sync_connections_connection_key_seq', 1, false);


--
-- Name: state_group_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.state_group_id_seq', 53, false);


--
-- Name: state_groups_pending_deletion_sequence_number_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.state_groups_pending_deletion_sequence_number_seq', 6, false);


--
-- Name: sticky_events_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.sticky_events_sequence', 1, true);


--
-- Name: thread_subscriptions_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.thread_subscriptions_sequence', 2, true);


--
-- Name: un_partial_stated_event_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.un_partial_stated_event_stream_sequence', 4, false);


--
-- Name: un_partial_stated_room_stream_sequence; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.un_partial_stated_room_stream_sequence', 1, true);


--
-- Name: user_id_seq; Type: SEQUENCE SET; Schema: public; Owner: -
--

SELECT pg_catalog.setval('public.user_id_seq', 1, false);


--
-- Name: access_tokens access_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_pkey PRIMARY KEY (id);


--
-- Name: access_tokens access_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_token_key UNIQUE (token);


--
-- Name: account_data account_data_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_data
    ADD CONSTRAINT account_data_uniqueness UNIQUE (user_id, account_data_type);


--
-- Name: account_validity account_validity_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.account_validity
    ADD CONSTRAINT account_validity_pkey PRIMARY KEY (user_id);


--
-- Name: application_services_state application_services_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_services_state
    ADD CONSTRAINT application_services_state_pkey PRIMARY KEY (as_id);


--
-- Name: application_services_txns application_services_txns_as_id_txn_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.application_services_txns
    ADD CONSTRAINT application_services_txns_as_id_txn_id_key UNIQUE (as_id, txn_id);


--
-- Name: applied_module_schemas applied_module_schemas_module_name_file_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applied_module_schemas
    ADD CONSTRAINT applied_module_schemas_module_name_file_key UNIQUE (module_name, file);


--
-- Name: applied_schema_deltas applied_schema_deltas_version_file_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.applied_schema_deltas
    ADD CONSTRAINT applied_schema_deltas_version_file_key UNIQUE (version, file);


--
-- Name: appservice_stream_position appservice_stream_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.appservice_stream_position
    ADD CONSTRAINT appservice_stream_position_lock_key UNIQUE (lock);


--
-- Name: background_updates background_updates_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.background_updates
    ADD CONSTRAINT background_updates_uniqueness UNIQUE (update_name);


--
-- Name: current_state_events current_state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT current_state_events_event_id_key UNIQUE (event_id);


--
-- Name: current_state_events current_state_events_room_id_type_state_key_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT current_state_events_room_id_type_state_key_key UNIQUE (room_id, type, state_key);


--
-- Name: dehydrated_devices dehydrated_devices_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.dehydrated_devices
    ADD CONSTRAINT dehydrated_devices_pkey PRIMARY KEY (user_id);


--
-- Name: delayed_events delayed_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delayed_events
    ADD CONSTRAINT delayed_events_pkey PRIMARY KEY (user_localpart, delay_id);


--
-- Name: delayed_events_stream_pos delayed_events_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.delayed_events_stream_pos
    ADD CONSTRAINT delayed_events_stream_pos_lock_key UNIQUE (lock);


--
-- Name: destination_rooms destination_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_pkey PRIMARY KEY (destination, room_id);


--
-- Name: destination_rooms_sticky_events_backlog destination_rooms_sticky_events_backlog_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms_sticky_events_backlog
    ADD CONSTRAINT destination_rooms_sticky_events_backlog_pkey PRIMARY KEY (destination, room_id);


--
-- Name: destinations destinations_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destinations
    ADD CONSTRAINT destinations_pkey PRIMARY KEY (destination);


--
-- Name: device_lists_changes_converted_stream_position device_lists_changes_converted_stream_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_changes_converted_stream_position
    ADD CONSTRAINT device_lists_changes_converted_stream_position_lock_key UNIQUE (lock);


--
-- Name: device_lists_changes_in_room_max_pruned_stream_id device_lists_changes_in_room_max_pruned_stream_id_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_changes_in_room_max_pruned_stream_id
    ADD CONSTRAINT device_lists_changes_in_room_max_pruned_stream_id_lock_key UNIQUE (lock);


--
-- Name: device_lists_remote_pending device_lists_remote_pending_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.device_lists_remote_pending
    ADD CONSTRAINT device_lists_remote_pending_pkey PRIMARY KEY (stream_id);


--
-- Name: devices device_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.devices
    ADD CONSTRAINT device_uniqueness UNIQUE (user_id, device_id);


--
-- Name: e2e_device_keys_json e2e_device_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_device_keys_json
    ADD CONSTRAINT e2e_device_keys_json_uniqueness UNIQUE (user_id, device_id);


--
-- Name: e2e_fallback_keys_json e2e_fallback_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_fallback_keys_json
    ADD CONSTRAINT e2e_fallback_keys_json_uniqueness UNIQUE (user_id, device_id, algorithm);


--
-- Name: e2e_one_time_keys_json e2e_one_time_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.e2e_one_time_keys_json
    ADD CONSTRAINT e2e_one_time_keys_json_uniqueness UNIQUE (user_id, device_id, algorithm, key_id);


--
-- Name: event_auth_chain_to_calculate event_auth_chain_to_calculate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_auth_chain_to_calculate
    ADD CONSTRAINT event_auth_chain_to_calculate_pkey PRIMARY KEY (event_id);


--
-- Name: event_auth_chains event_auth_chains_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_auth_chains
    ADD CONSTRAINT event_auth_chains_pkey PRIMARY KEY (event_id);


--
-- Name: event_backward_extremities event_backward_extremities_event_id_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_backward_extremities
    ADD CONSTRAINT event_backward_extremities_event_id_room_id_key UNIQUE (event_id, room_id);


--
-- Name: event_expiry event_expiry_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_expiry
    ADD CONSTRAINT event_expiry_pkey PRIMARY KEY (event_id);


--
-- Name: event_failed_pull_attempts event_failed_pull_attempts_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_failed_pull_attempts
    ADD CONSTRAINT event_failed_pull_attempts_pkey PRIMARY KEY (room_id, event_id);


--
-- Name: event_forward_extremities event_forward_extremities_event_id_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_forward_extremities
    ADD CONSTRAINT event_forward_extremities_event_id_room_id_key UNIQUE (event_id, room_id);


--
-- Name: event_push_actions event_id_user_id_profile_tag_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_actions
    ADD CONSTRAINT event_id_user_id_profile_tag_uniqueness UNIQUE (room_id, event_id, user_id, profile_tag);


--
-- Name: event_json event_json_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_json
    ADD CONSTRAINT event_json_event_id_key UNIQUE (event_id);


--
-- Name: event_labels event_labels_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_labels
    ADD CONSTRAINT event_labels_pkey PRIMARY KEY (event_id, label);


--
-- Name: event_push_summary_last_receipt_stream_id event_push_summary_last_receipt_stream_id_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_summary_last_receipt_stream_id
    ADD CONSTRAINT event_push_summary_last_receipt_stream_id_lock_key UNIQUE (lock);


--
-- Name: event_push_summary_stream_ordering event_push_summary_stream_ordering_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_push_summary_stream_ordering
    ADD CONSTRAINT event_push_summary_stream_ordering_lock_key UNIQUE (lock);


--
-- Name: event_reports event_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_reports
    ADD CONSTRAINT event_reports_pkey PRIMARY KEY (id);


--
-- Name: event_to_state_groups event_to_state_groups_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_to_state_groups
    ADD CONSTRAINT event_to_state_groups_event_id_key UNIQUE (event_id);


--
-- Name: events events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.events
    ADD CONSTRAINT events_event_id_key UNIQUE (event_id);


--
-- Name: ex_outlier_stream ex_outlier_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ex_outlier_stream
    ADD CONSTRAINT ex_outlier_stream_pkey PRIMARY KEY (event_stream_ordering);


--
-- Name: instance_map instance_map_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.instance_map
    ADD CONSTRAINT instance_map_pkey PRIMARY KEY (instance_id);


--
-- Name: local_media_repository local_media_repository_media_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_media_repository
    ADD CONSTRAINT local_media_repository_media_id_key UNIQUE (media_id);


--
-- Name: login_tokens login_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.login_tokens
    ADD CONSTRAINT login_tokens_pkey PRIMARY KEY (token);


--
-- Name: user_threepids medium_address; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_threepids
    ADD CONSTRAINT medium_address UNIQUE (medium, address);


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_event_id_key UNIQUE (event_id);


--
-- Name: open_id_tokens open_id_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.open_id_tokens
    ADD CONSTRAINT open_id_tokens_pkey PRIMARY KEY (token);


--
-- Name: partial_state_events partial_state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_event_id_key UNIQUE (event_id);


--
-- Name: partial_state_rooms partial_state_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_pkey PRIMARY KEY (room_id);


--
-- Name: partial_state_rooms_servers partial_state_rooms_servers_room_id_server_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms_servers
    ADD CONSTRAINT partial_state_rooms_servers_room_id_server_name_key UNIQUE (room_id, server_name);


--
-- Name: per_user_experimental_features per_user_experimental_features_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.per_user_experimental_features
    ADD CONSTRAINT per_user_experimental_features_pkey PRIMARY KEY (user_id, feature);


--
-- Name: port_from_sqlite3 port_from_sqlite3_table_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.port_from_sqlite3
    ADD CONSTRAINT port_from_sqlite3_table_name_key UNIQUE (table_name);


--
-- Name: profile_updates_per_user profile_updates_per_user_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates_per_user
    ADD CONSTRAINT profile_updates_per_user_pkey PRIMARY KEY (user_id, stream_id);


--
-- Name: profile_updates profile_updates_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates
    ADD CONSTRAINT profile_updates_pkey PRIMARY KEY (stream_id);


--
-- Name: profiles profiles_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profiles
    ADD CONSTRAINT profiles_user_id_key UNIQUE (user_id);


--
-- Name: push_rules_enable push_rules_enable_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules_enable
    ADD CONSTRAINT push_rules_enable_pkey PRIMARY KEY (id);


--
-- Name: push_rules_enable push_rules_enable_user_name_rule_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules_enable
    ADD CONSTRAINT push_rules_enable_user_name_rule_id_key UNIQUE (user_name, rule_id);


--
-- Name: push_rules push_rules_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules
    ADD CONSTRAINT push_rules_pkey PRIMARY KEY (id);


--
-- Name: push_rules push_rules_user_name_rule_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.push_rules
    ADD CONSTRAINT push_rules_user_name_rule_id_key UNIQUE (user_name, rule_id);


--
-- Name: pusher_throttle pusher_throttle_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pusher_throttle
    ADD CONSTRAINT pusher_throttle_pkey PRIMARY KEY (pusher, room_id);


--
-- Name: pushers pushers2_app_id_pushkey_user_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pushers
    ADD CONSTRAINT pushers2_app_id_pushkey_user_name_key UNIQUE (app_id, pushkey, user_name);


--
-- Name: pushers pushers2_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.pushers
    ADD CONSTRAINT pushers2_pkey PRIMARY KEY (id);


--
-- Name: quarantined_media_changes quarantined_media_changes_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.quarantined_media_changes
    ADD CONSTRAINT quarantined_media_changes_pkey PRIMARY KEY (stream_id);


--
-- Name: receipts_graph receipts_graph_uniqueness_thread; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts_graph
    ADD CONSTRAINT receipts_graph_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id);


--
-- Name: receipts_linearized receipts_linearized_uniqueness_thread; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.receipts_linearized
    ADD CONSTRAINT receipts_linearized_uniqueness_thread UNIQUE (room_id, receipt_type, user_id, thread_id);


--
-- Name: received_transactions received_transactions_transaction_id_origin_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.received_transactions
    ADD CONSTRAINT received_transactions_transaction_id_origin_key UNIQUE (transaction_id, origin);


--
-- Name: redactions redactions_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.redactions
    ADD CONSTRAINT redactions_event_id_key UNIQUE (event_id);


--
-- Name: refresh_tokens refresh_tokens_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_pkey PRIMARY KEY (id);


--
-- Name: refresh_tokens refresh_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_token_key UNIQUE (token);


--
-- Name: registration_tokens registration_tokens_token_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.registration_tokens
    ADD CONSTRAINT registration_tokens_token_key UNIQUE (token);


--
-- Name: rejections rejections_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rejections
    ADD CONSTRAINT rejections_event_id_key UNIQUE (event_id);


--
-- Name: remote_media_cache remote_media_cache_media_origin_media_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.remote_media_cache
    ADD CONSTRAINT remote_media_cache_media_origin_media_id_key UNIQUE (media_origin, media_id);


--
-- Name: room_account_data room_account_data_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_account_data
    ADD CONSTRAINT room_account_data_uniqueness UNIQUE (user_id, room_id, account_data_type);


--
-- Name: room_aliases room_aliases_room_alias_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_aliases
    ADD CONSTRAINT room_aliases_room_alias_key UNIQUE (room_alias);


--
-- Name: room_ban_redactions room_ban_redaction_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_ban_redactions
    ADD CONSTRAINT room_ban_redaction_uniqueness UNIQUE (room_id, user_id);


--
-- Name: room_depth room_depth_room_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_depth
    ADD CONSTRAINT room_depth_room_id_key UNIQUE (room_id);


--
-- Name: room_forgetter_stream_pos room_forgetter_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_forgetter_stream_pos
    ADD CONSTRAINT room_forgetter_stream_pos_lock_key UNIQUE (lock);


--
-- Name: room_memberships room_memberships_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_memberships
    ADD CONSTRAINT room_memberships_event_id_key UNIQUE (event_id);


--
-- Name: room_reports room_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_reports
    ADD CONSTRAINT room_reports_pkey PRIMARY KEY (id);


--
-- Name: room_retention room_retention_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_retention
    ADD CONSTRAINT room_retention_pkey PRIMARY KEY (room_id, event_id);


--
-- Name: room_stats_current room_stats_current_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_stats_current
    ADD CONSTRAINT room_stats_current_pkey PRIMARY KEY (room_id);


--
-- Name: room_tags_revisions room_tag_revisions_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_tags_revisions
    ADD CONSTRAINT room_tag_revisions_uniqueness UNIQUE (user_id, room_id);


--
-- Name: room_tags room_tag_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_tags
    ADD CONSTRAINT room_tag_uniqueness UNIQUE (user_id, room_id, tag);


--
-- Name: rooms rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.rooms
    ADD CONSTRAINT rooms_pkey PRIMARY KEY (room_id);


--
-- Name: scheduled_tasks scheduled_tasks_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.scheduled_tasks
    ADD CONSTRAINT scheduled_tasks_pkey PRIMARY KEY (id);


--
-- Name: schema_compat_version schema_compat_version_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_compat_version
    ADD CONSTRAINT schema_compat_version_lock_key UNIQUE (lock);


--
-- Name: schema_version schema_version_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.schema_version
    ADD CONSTRAINT schema_version_lock_key UNIQUE (lock);


--
-- Name: server_keys_json server_keys_json_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_keys_json
    ADD CONSTRAINT server_keys_json_uniqueness UNIQUE (server_name, key_id, from_server);


--
-- Name: server_signature_keys server_signature_keys_server_name_key_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.server_signature_keys
    ADD CONSTRAINT server_signature_keys_server_name_key_id_key UNIQUE (server_name, key_id);


--
-- Name: sessions sessions_session_type_session_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sessions
    ADD CONSTRAINT sessions_session_type_session_id_key UNIQUE (session_type, session_id);


--
-- Name: sliding_sync_connection_positions sliding_sync_connection_positions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_positions
    ADD CONSTRAINT sliding_sync_connection_positions_pkey PRIMARY KEY (connection_position);


--
-- Name: sliding_sync_connection_required_state sliding_sync_connection_required_state_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_required_state
    ADD CONSTRAINT sliding_sync_connection_required_state_pkey PRIMARY KEY (required_state_id);


--
-- Name: sliding_sync_connections sliding_sync_connections_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connections
    ADD CONSTRAINT sliding_sync_connections_pkey PRIMARY KEY (connection_key);


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_pkey PRIMARY KEY (room_id);


--
-- Name: sliding_sync_joined_rooms_to_recalculate sliding_sync_joined_rooms_to_recalculate_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms_to_recalculate
    ADD CONSTRAINT sliding_sync_joined_rooms_to_recalculate_pkey PRIMARY KEY (room_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_pkey PRIMARY KEY (room_id, user_id);


--
-- Name: state_events state_events_event_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_events
    ADD CONSTRAINT state_events_event_id_key UNIQUE (event_id);


--
-- Name: state_groups_pending_deletion state_groups_pending_deletion_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups_pending_deletion
    ADD CONSTRAINT state_groups_pending_deletion_pkey PRIMARY KEY (sequence_number);


--
-- Name: state_groups_persisting state_groups_persisting_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups_persisting
    ADD CONSTRAINT state_groups_persisting_pkey PRIMARY KEY (state_group, instance_name);


--
-- Name: state_groups state_groups_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.state_groups
    ADD CONSTRAINT state_groups_pkey PRIMARY KEY (id);


--
-- Name: stats_incremental_position stats_incremental_position_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.stats_incremental_position
    ADD CONSTRAINT stats_incremental_position_lock_key UNIQUE (lock);


--
-- Name: sticky_events sticky_events_event_stream_ordering_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sticky_events
    ADD CONSTRAINT sticky_events_event_stream_ordering_key UNIQUE (event_stream_ordering);


--
-- Name: sticky_events sticky_events_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sticky_events
    ADD CONSTRAINT sticky_events_pkey PRIMARY KEY (stream_id);


--
-- Name: thread_subscriptions thread_subscriptions_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_pkey PRIMARY KEY (stream_id);


--
-- Name: thread_subscriptions thread_subscriptions_room_id_event_id_user_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_room_id_event_id_user_id_key UNIQUE (room_id, event_id, user_id);


--
-- Name: threads threads_uniqueness; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threads
    ADD CONSTRAINT threads_uniqueness UNIQUE (room_id, thread_id);


--
-- Name: threepid_validation_session threepid_validation_session_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threepid_validation_session
    ADD CONSTRAINT threepid_validation_session_pkey PRIMARY KEY (session_id);


--
-- Name: threepid_validation_token threepid_validation_token_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.threepid_validation_token
    ADD CONSTRAINT threepid_validation_token_pkey PRIMARY KEY (token);


--
-- Name: ui_auth_sessions_credentials ui_auth_sessions_credentials_session_id_stage_type_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_credentials
    ADD CONSTRAINT ui_auth_sessions_credentials_session_id_stage_type_key UNIQUE (session_id, stage_type);


--
-- Name: ui_auth_sessions_ips ui_auth_sessions_ips_session_id_ip_user_agent_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_ips
    ADD CONSTRAINT ui_auth_sessions_ips_session_id_ip_user_agent_key UNIQUE (session_id, ip, user_agent);


--
-- Name: ui_auth_sessions ui_auth_sessions_session_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions
    ADD CONSTRAINT ui_auth_sessions_session_id_key UNIQUE (session_id);


--
-- Name: un_partial_stated_event_stream un_partial_stated_event_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_event_stream
    ADD CONSTRAINT un_partial_stated_event_stream_pkey PRIMARY KEY (stream_id);


--
-- Name: un_partial_stated_room_stream un_partial_stated_room_stream_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_room_stream
    ADD CONSTRAINT un_partial_stated_room_stream_pkey PRIMARY KEY (stream_id);


--
-- Name: user_directory_stale_remote_users user_directory_stale_remote_users_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_directory_stale_remote_users
    ADD CONSTRAINT user_directory_stale_remote_users_pkey PRIMARY KEY (user_id);


--
-- Name: user_directory_stream_pos user_directory_stream_pos_lock_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_directory_stream_pos
    ADD CONSTRAINT user_directory_stream_pos_lock_key UNIQUE (lock);


--
-- Name: user_external_ids user_external_ids_auth_provider_external_id_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_external_ids
    ADD CONSTRAINT user_external_ids_auth_provider_external_id_key UNIQUE (auth_provider, external_id);


--
-- Name: user_reports user_reports_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_reports
    ADD CONSTRAINT user_reports_pkey PRIMARY KEY (id);


--
-- Name: user_stats_current user_stats_current_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.user_stats_current
    ADD CONSTRAINT user_stats_current_pkey PRIMARY KEY (user_id);


--
-- Name: users users_name_key; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users
    ADD CONSTRAINT users_name_key UNIQUE (name);


--
-- Name: users_to_send_full_presence_to users_to_send_full_presence_to_pkey; Type: CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users_to_send_full_presence_to
    ADD CONSTRAINT users_to_send_full_presence_to_pkey PRIMARY KEY (user_id);


--
-- Name: access_tokens_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_tokens_device_id ON public.access_tokens USING btree (user_id, device_id);


--
-- Name: access_tokens_refresh_token_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX access_tokens_refresh_token_id_idx ON public.access_tokens USING btree (refresh_token_id);


--
-- Name: account_data_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX account_data_stream_id ON public.account_data USING btree (user_id, stream_id);


--
-- Name: application_services_txns_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX application_services_txns_id ON public.application_services_txns USING btree (as_id);


--
-- Name: appservice_room_list_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX appservice_room_list_idx ON public.appservice_room_list USING btree (appservice_id, network_id, room_id);


--
-- Name: blocked_rooms_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX blocked_rooms_idx ON public.blocked_rooms USING btree (room_id);


--
-- Name: cache_invalidation_stream_by_instance_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX cache_invalidation_stream_by_instance_id ON public.cache_invalidation_stream_by_instance USING btree (stream_id);


--
-- Name: cache_invalidation_stream_by_instance_instance_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX cache_invalidation_stream_by_instance_instance_index ON public.cache_invalidation_stream_by_instance USING btree (instance_name, stream_id);


--
-- Name: current_state_delta_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_delta_stream_idx ON public.current_state_delta_stream USING btree (stream_id);


--
-- Name: current_state_delta_stream_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_delta_stream_room_idx ON public.current_state_delta_stream USING btree (room_id, stream_id);


--
-- Name: current_state_events_member_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_member_index ON public.current_state_events USING btree (state_key) WHERE (type = 'm.room.member'::text);


--
-- Name: current_state_events_members_room_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_members_room_index ON public.current_state_events USING btree (room_id, membership) WHERE (type = 'm.room.member'::text);


--
-- Name: current_state_events_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX current_state_events_stream_ordering_idx ON public.current_state_events USING btree (event_stream_ordering);


--
-- Name: delayed_events_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX delayed_events_idx ON public.delayed_events USING btree (delay_id);


--
-- Name: delayed_events_is_processed; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_is_processed ON public.delayed_events USING btree (is_processed);


--
-- Name: delayed_events_room_state_event_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_room_state_event_idx ON public.delayed_events USING btree (room_id, event_type, state_key) WHERE (state_key IS NOT NULL);


--
-- Name: delayed_events_send_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX delayed_events_send_ts ON public.delayed_events USING btree (send_ts);


--
-- Name: deleted_pushers_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX deleted_pushers_stream_id ON public.deleted_pushers USING btree (stream_id);


--
-- Name: destination_rooms_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX destination_rooms_room_id ON public.destination_rooms USING btree (room_id);


--
-- Name: destination_rooms_sticky_events_backlog_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX destination_rooms_sticky_events_backlog_room_id ON public.destination_rooms_sticky_events_backlog USING btree (room_id);


--
-- Name: device_auth_providers_devices; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_auth_providers_devices ON public.device_auth_providers USING btree (user_id, device_id);


--
-- Name: device_auth_providers_sessions; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_auth_providers_sessions ON public.device_auth_providers USING btree (auth_provider_id, auth_provider_session_id);


--
-- Name: device_federation_inbox_received_ts_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_inbox_received_ts_index ON public.device_federation_inbox USING btree (received_ts);


--
-- Name: device_federation_inbox_sender_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_inbox_sender_id ON public.device_federation_inbox USING btree (origin, message_id);


--
-- Name: device_federation_outbox_destination_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_outbox_destination_id ON public.device_federation_outbox USING btree (destination, stream_id);


--
-- Name: device_federation_outbox_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_federation_outbox_id ON public.device_federation_outbox USING btree (stream_id);


--
-- Name: device_inbox_stream_id_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_inbox_stream_id_user_id ON public.device_inbox USING btree (stream_id, user_id);


--
-- Name: device_inbox_user_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_inbox_user_stream_id ON public.device_inbox USING btree (user_id, device_id, stream_id);


--
-- Name: device_lists_changes_in_room_by_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_by_room_idx ON public.device_lists_changes_in_room USING btree (room_id, stream_id);


--
-- Name: device_lists_changes_in_room_inserted_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_inserted_ts_idx ON public.device_lists_changes_in_room USING btree (inserted_ts) WHERE (inserted_ts IS NOT NULL);


--
-- Name: device_lists_changes_in_room_unconverted_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_room_unconverted_idx ON public.device_lists_changes_in_room USING btree (user_id, device_id, room_id, stream_id) WHERE (NOT converted_to_destinations);


--
-- Name: device_lists_changes_in_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_changes_in_stream_id ON public.device_lists_changes_in_room USING btree (stream_id, room_id);


--
-- Name: device_lists_changes_in_stream_id_unconverted; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_changes_in_stream_id_unconverted ON public.device_lists_changes_in_room USING btree (stream_id) WHERE (NOT converted_to_destinations);


--
-- Name: device_lists_outbound_last_success_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_outbound_last_success_unique_idx ON public.device_lists_outbound_last_success USING btree (destination, user_id);


--
-- Name: device_lists_outbound_pokes_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_id ON public.device_lists_outbound_pokes USING btree (destination, stream_id);


--
-- Name: device_lists_outbound_pokes_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_stream ON public.device_lists_outbound_pokes USING btree (stream_id);


--
-- Name: device_lists_outbound_pokes_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_outbound_pokes_user ON public.device_lists_outbound_pokes USING btree (destination, user_id);


--
-- Name: device_lists_remote_cache_unique_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_cache_unique_id ON public.device_lists_remote_cache USING btree (user_id, device_id);


--
-- Name: device_lists_remote_extremeties_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_extremeties_unique_idx ON public.device_lists_remote_extremeties USING btree (user_id);


--
-- Name: device_lists_remote_pending_user_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_pending_user_device_id ON public.device_lists_remote_pending USING btree (user_id, device_id);


--
-- Name: device_lists_remote_resync_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX device_lists_remote_resync_idx ON public.device_lists_remote_resync USING btree (user_id);


--
-- Name: device_lists_remote_resync_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_remote_resync_ts_idx ON public.device_lists_remote_resync USING btree (added_ts);


--
-- Name: device_lists_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_stream_id ON public.device_lists_stream USING btree (stream_id, user_id);


--
-- Name: device_lists_stream_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX device_lists_stream_user_id ON public.device_lists_stream USING btree (user_id, device_id);


--
-- Name: e2e_cross_signing_keys_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_keys_idx ON public.e2e_cross_signing_keys USING btree (user_id, keytype, stream_id);


--
-- Name: e2e_cross_signing_keys_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_keys_stream_idx ON public.e2e_cross_signing_keys USING btree (stream_id);


--
-- Name: e2e_cross_signing_signatures_idx3; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_cross_signing_signatures_idx3 ON public.e2e_cross_signing_signatures USING btree (user_id, target_user_id, target_device_id, key_id);


--
-- Name: e2e_one_time_keys_json_user_id_device_id_algorithm_ts_added_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX e2e_one_time_keys_json_user_id_device_id_algorithm_ts_added_idx ON public.e2e_one_time_keys_json USING btree (user_id, device_id, algorithm, ts_added_ms);


--
-- Name: e2e_room_keys_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX e2e_room_keys_room_id ON public.e2e_room_keys USING btree (room_id);


--
-- Name: e2e_room_keys_versions_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_room_keys_versions_idx ON public.e2e_room_keys_versions USING btree (user_id, version);


--
-- Name: e2e_room_keys_with_version_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX e2e_room_keys_with_version_idx ON public.e2e_room_keys USING btree (user_id, version, room_id, session_id);


--
-- Name: erased_users_user; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX erased_users_user ON public.erased_users USING btree (user_id);


--
-- Name: ev_b_extrem_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_b_extrem_id ON public.event_backward_extremities USING btree (event_id);


--
-- Name: ev_b_extrem_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_b_extrem_room ON public.event_backward_extremities USING btree (room_id);


--
-- Name: ev_edges_prev_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_edges_prev_id ON public.event_edges USING btree (prev_event_id);


--
-- Name: ev_extrem_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_extrem_id ON public.event_forward_extremities USING btree (event_id);


--
-- Name: ev_extrem_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ev_extrem_room ON public.event_forward_extremities USING btree (room_id);


--
-- Name: evauth_edges_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX evauth_edges_id ON public.event_auth USING btree (event_id);


--
-- Name: event_auth_chain_links_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_links_idx ON public.event_auth_chain_links USING btree (origin_chain_id, target_chain_id);


--
-- Name: event_auth_chain_links_origin_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_links_origin_index ON public.event_auth_chain_links USING btree (origin_chain_id, origin_sequence_number);


--
-- Name: event_auth_chain_to_calculate_rm_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_auth_chain_to_calculate_rm_id ON public.event_auth_chain_to_calculate USING btree (room_id);


--
-- Name: event_auth_chains_c_seq_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_auth_chains_c_seq_index ON public.event_auth_chains USING btree (chain_id, sequence_number);


--
-- Name: event_contains_url_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_contains_url_index ON public.events USING btree (room_id, topological_ordering, stream_ordering) WHERE ((contains_url = true) AND (outlier = false));


--
-- Name: event_edges_event_id_prev_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_edges_event_id_prev_event_id_idx ON public.event_edges USING btree (event_id, prev_event_id);


--
-- Name: event_expiry_expiry_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_expiry_expiry_ts_idx ON public.event_expiry USING btree (expiry_ts);


--
-- Name: event_failed_pull_attempts_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_failed_pull_attempts_room_id ON public.event_failed_pull_attempts USING btree (room_id);


--
-- Name: event_labels_room_id_label_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_labels_room_id_label_idx ON public.event_labels USING btree (room_id, label, topological_ordering);


--
-- Name: event_push_actions_highlights_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_highlights_index ON public.event_push_actions USING btree (user_id, room_id, topological_ordering, stream_ordering) WHERE (highlight = 1);


--
-- Name: event_push_actions_rm_tokens; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_rm_tokens ON public.event_push_actions USING btree (user_id, room_id, topological_ordering, stream_ordering);


--
-- Name: event_push_actions_room_id_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_room_id_user_id ON public.event_push_actions USING btree (room_id, user_id);


--
-- Name: event_push_actions_staging_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_staging_id ON public.event_push_actions_staging USING btree (event_id);


--
-- Name: event_push_actions_stream_highlight_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_stream_highlight_index ON public.event_push_actions USING btree (highlight, stream_ordering) WHERE (highlight = 0);


--
-- Name: event_push_actions_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_stream_ordering ON public.event_push_actions USING btree (stream_ordering, user_id);


--
-- Name: event_push_actions_u_highlight; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_actions_u_highlight ON public.event_push_actions USING btree (user_id, stream_ordering);


--
-- Name: event_push_summary_index_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_push_summary_index_room_id ON public.event_push_summary USING btree (room_id);


--
-- Name: event_push_summary_unique_index2; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_push_summary_unique_index2 ON public.event_push_summary USING btree (user_id, room_id, thread_id);


--
-- Name: event_relations_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_relations_id ON public.event_relations USING btree (event_id);


--
-- Name: event_relations_relates; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_relations_relates ON public.event_relations USING btree (relates_to_id, relation_type, aggregation_key);


--
-- Name: event_search_ev_ridx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_search_ev_ridx ON public.event_search USING btree (room_id);


--
-- Name: event_search_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_search_event_id_idx ON public.event_search USING btree (event_id);


--
-- Name: event_search_fts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_search_fts_idx ON public.event_search USING gin (vector);


--
-- Name: event_to_state_groups_sg_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_to_state_groups_sg_index ON public.event_to_state_groups USING btree (state_group);


--
-- Name: event_txn_id_device_id_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_txn_id_device_id_event_id ON public.event_txn_id_device_id USING btree (event_id);


--
-- Name: event_txn_id_device_id_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX event_txn_id_device_id_ts ON public.event_txn_id_device_id USING btree (inserted_ts);


--
-- Name: event_txn_id_device_id_txn_id2; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX event_txn_id_device_id_txn_id2 ON public.event_txn_id_device_id USING btree (user_id, device_id, room_id, txn_id);


--
-- Name: events_jump_to_date_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_jump_to_date_idx ON public.events USING btree (room_id, origin_server_ts) WHERE (NOT outlier);


--
-- Name: events_order_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_order_room ON public.events USING btree (room_id, topological_ordering, stream_ordering);


--
-- Name: events_room_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_room_stream ON public.events USING btree (room_id, stream_ordering);


--
-- Name: events_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX events_stream_ordering ON public.events USING btree (stream_ordering);


--
-- Name: events_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX events_ts ON public.events USING btree (origin_server_ts, stream_ordering);


--
-- Name: federation_inbound_events_staging_instance_event; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX federation_inbound_events_staging_instance_event ON public.federation_inbound_events_staging USING btree (origin, event_id);


--
-- Name: federation_inbound_events_staging_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX federation_inbound_events_staging_room ON public.federation_inbound_events_staging USING btree (room_id, received_ts);


--
-- Name: federation_stream_position_instance; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX federation_stream_position_instance ON public.federation_stream_position USING btree (type, instance_name);


--
-- Name: full_users_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX full_users_unique_idx ON public.user_filters USING btree (full_user_id, filter_id);


--
-- Name: ignored_users_ignored_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX ignored_users_ignored_user_id ON public.ignored_users USING btree (ignored_user_id);


--
-- Name: ignored_users_uniqueness; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ignored_users_uniqueness ON public.ignored_users USING btree (ignorer_user_id, ignored_user_id);


--
-- Name: instance_map_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX instance_map_idx ON public.instance_map USING btree (instance_name);


--
-- Name: local_current_membership_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX local_current_membership_idx ON public.local_current_membership USING btree (user_id, room_id);


--
-- Name: local_current_membership_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_current_membership_room_idx ON public.local_current_membership USING btree (room_id);


--
-- Name: local_current_membership_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_current_membership_stream_ordering_idx ON public.local_current_membership USING btree (event_stream_ordering);


--
-- Name: local_media_repository_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_sha256 ON public.local_media_repository USING btree (sha256) WHERE (sha256 IS NOT NULL);


--
-- Name: local_media_repository_thumbn_media_id_width_height_method_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX local_media_repository_thumbn_media_id_width_height_method_key ON public.local_media_repository_thumbnails USING btree (media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method);


--
-- Name: local_media_repository_thumbnails_media_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_thumbnails_media_id ON public.local_media_repository_thumbnails USING btree (media_id);


--
-- Name: local_media_repository_url_cache_by_url_download_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_by_url_download_ts ON public.local_media_repository_url_cache USING btree (url, download_ts);


--
-- Name: local_media_repository_url_cache_expires_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_expires_idx ON public.local_media_repository_url_cache USING btree (expires_ts);


--
-- Name: local_media_repository_url_cache_media_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_cache_media_idx ON public.local_media_repository_url_cache USING btree (media_id);


--
-- Name: local_media_repository_url_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX local_media_repository_url_idx ON public.local_media_repository USING btree (created_ts) WHERE (url_cache IS NOT NULL);


--
-- Name: login_tokens_auth_provider_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_tokens_auth_provider_idx ON public.login_tokens USING btree (auth_provider_id, auth_provider_session_id);


--
-- Name: login_tokens_expiry_time_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX login_tokens_expiry_time_idx ON public.login_tokens USING btree (expiry_ts);


--
-- Name: monthly_active_users_time_stamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX monthly_active_users_time_stamp ON public.monthly_active_users USING btree ("timestamp");


--
-- Name: monthly_active_users_users; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX monthly_active_users_users ON public.monthly_active_users USING btree (user_id);


--
-- Name: msc4242_state_dag_edges_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX msc4242_state_dag_edges_key ON public.msc4242_state_dag_edges USING btree (room_id, event_id, prev_state_event_id);


--
-- Name: msc4242_state_dag_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX msc4242_state_dag_room ON public.msc4242_state_dag_forward_extremities USING btree (room_id);


--
-- Name: open_id_tokens_ts_valid_until_ms; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX open_id_tokens_ts_valid_until_ms ON public.open_id_tokens USING btree (ts_valid_until_ms);


--
-- Name: partial_state_events_room_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX partial_state_events_room_id_idx ON public.partial_state_events USING btree (room_id);


--
-- Name: presence_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_id ON public.presence_stream USING btree (stream_id, user_id);


--
-- Name: presence_stream_state_not_offline_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_state_not_offline_idx ON public.presence_stream USING btree (state) WHERE (state <> 'offline'::text);


--
-- Name: presence_stream_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX presence_stream_user_id ON public.presence_stream USING btree (user_id);


--
-- Name: profile_updates_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX profile_updates_by_user ON public.profile_updates USING btree (user_id, stream_id);


--
-- Name: profiles_full_user_id_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX profiles_full_user_id_key ON public.profiles USING btree (full_user_id);


--
-- Name: public_room_index; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX public_room_index ON public.rooms USING btree (is_public);


--
-- Name: push_rules_enable_user_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_enable_user_name ON public.push_rules_enable USING btree (user_name);


--
-- Name: push_rules_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_stream_id ON public.push_rules_stream USING btree (stream_id);


--
-- Name: push_rules_stream_user_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_stream_user_stream_id ON public.push_rules_stream USING btree (user_id, stream_id);


--
-- Name: push_rules_user_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX push_rules_user_name ON public.push_rules USING btree (user_name);


--
-- Name: ratelimit_override_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX ratelimit_override_idx ON public.ratelimit_override USING btree (user_id);


--
-- Name: receipts_graph_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX receipts_graph_unique_index ON public.receipts_graph USING btree (room_id, receipt_type, user_id) WHERE (thread_id IS NULL);


--
-- Name: receipts_linearized_event_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_event_id ON public.receipts_linearized USING btree (room_id, event_id);


--
-- Name: receipts_linearized_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_id ON public.receipts_linearized USING btree (stream_id);


--
-- Name: receipts_linearized_room_stream; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_room_stream ON public.receipts_linearized USING btree (room_id, stream_id);


--
-- Name: receipts_linearized_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX receipts_linearized_unique_index ON public.receipts_linearized USING btree (room_id, receipt_type, user_id) WHERE (thread_id IS NULL);


--
-- Name: receipts_linearized_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX receipts_linearized_user ON public.receipts_linearized USING btree (user_id);


--
-- Name: received_transactions_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX received_transactions_ts ON public.received_transactions USING btree (ts);


--
-- Name: received_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX received_ts_idx ON public.events USING btree (received_ts) WHERE (type = 'm.room.member'::text);


--
-- Name: redactions_have_censored_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX redactions_have_censored_ts ON public.redactions USING btree (received_ts) WHERE (NOT have_censored);


--
-- Name: redactions_redacts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX redactions_redacts ON public.redactions USING btree (redacts);


--
-- Name: refresh_tokens_next_token_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX refresh_tokens_next_token_id ON public.refresh_tokens USING btree (next_token_id) WHERE (next_token_id IS NOT NULL);


--
-- Name: remote_media_cache_sha256; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX remote_media_cache_sha256 ON public.remote_media_cache USING btree (sha256) WHERE (sha256 IS NOT NULL);


--
-- Name: remote_media_repository_thumbn_media_origin_id_width_height_met; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX remote_media_repository_thumbn_media_origin_id_width_height_met ON public.remote_media_cache_thumbnails USING btree (media_origin, media_id, thumbnail_width, thumbnail_height, thumbnail_type, thumbnail_method);


--
-- Name: room_account_data_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_account_data_room_id ON public.room_account_data USING btree (room_id);


--
-- Name: room_account_data_stream_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_account_data_stream_id ON public.room_account_data USING btree (user_id, stream_id);


--
-- Name: room_alias_servers_alias; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_alias_servers_alias ON public.room_alias_servers USING btree (room_alias);


--
-- Name: room_aliases_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_aliases_id ON public.room_aliases USING btree (room_id);


--
-- Name: room_membership_user_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_membership_user_room_idx ON public.room_memberships USING btree (user_id, room_id);


--
-- Name: room_memberships_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_room_id ON public.room_memberships USING btree (room_id);


--
-- Name: room_memberships_stream_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_stream_ordering_idx ON public.room_memberships USING btree (event_stream_ordering);


--
-- Name: room_memberships_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_user_id ON public.room_memberships USING btree (user_id);


--
-- Name: room_memberships_user_room_forgotten; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_memberships_user_room_forgotten ON public.room_memberships USING btree (user_id, room_id) WHERE (forgotten = 1);


--
-- Name: room_retention_max_lifetime_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX room_retention_max_lifetime_idx ON public.room_retention USING btree (max_lifetime);


--
-- Name: room_stats_earliest_token_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX room_stats_earliest_token_idx ON public.room_stats_earliest_token USING btree (room_id);


--
-- Name: room_stats_state_room; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX room_stats_state_room ON public.room_stats_state USING btree (room_id);


--
-- Name: scheduled_tasks_status; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scheduled_tasks_status ON public.scheduled_tasks USING btree (status);


--
-- Name: scheduled_tasks_timestamp; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX scheduled_tasks_timestamp ON public.scheduled_tasks USING btree ("timestamp");


--
-- Name: sliding_sync_connection_lazy_members_conn_pos_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_lazy_members_conn_pos_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_position) WHERE (connection_position IS NOT NULL);


--
-- Name: sliding_sync_connection_lazy_members_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_lazy_members_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_key, room_id, user_id);


--
-- Name: sliding_sync_connection_lazy_members_pos_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_lazy_members_pos_idx ON public.sliding_sync_connection_lazy_members USING btree (connection_key, connection_position) WHERE (connection_position IS NOT NULL);


--
-- Name: sliding_sync_connection_positions_key; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_positions_key ON public.sliding_sync_connection_positions USING btree (connection_key);


--
-- Name: sliding_sync_connection_positions_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_positions_ts_idx ON public.sliding_sync_connection_positions USING btree (created_ts);


--
-- Name: sliding_sync_connection_required_state_conn_pos; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_required_state_conn_pos ON public.sliding_sync_connection_required_state USING btree (connection_key);


--
-- Name: sliding_sync_connection_room_configs_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_room_configs_idx ON public.sliding_sync_connection_room_configs USING btree (connection_position, room_id);


--
-- Name: sliding_sync_connection_room_configs_required_state_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connection_room_configs_required_state_id_idx ON public.sliding_sync_connection_room_configs USING btree (required_state_id);


--
-- Name: sliding_sync_connection_streams_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_connection_streams_idx ON public.sliding_sync_connection_streams USING btree (connection_position, room_id, stream);


--
-- Name: sliding_sync_connections_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_idx ON public.sliding_sync_connections USING btree (user_id, effective_device_id, conn_id);


--
-- Name: sliding_sync_connections_last_used_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_last_used_ts_idx ON public.sliding_sync_connections USING btree (last_used_ts) WHERE (last_used_ts IS NOT NULL);


--
-- Name: sliding_sync_connections_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_connections_ts_idx ON public.sliding_sync_connections USING btree (created_ts);


--
-- Name: sliding_sync_joined_rooms_event_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_joined_rooms_event_stream_ordering ON public.sliding_sync_joined_rooms USING btree (event_stream_ordering);


--
-- Name: sliding_sync_membership_snapshots_event_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX sliding_sync_membership_snapshots_event_stream_ordering ON public.sliding_sync_membership_snapshots USING btree (event_stream_ordering);


--
-- Name: sliding_sync_membership_snapshots_membership_event_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_membership_snapshots_membership_event_id_idx ON public.sliding_sync_membership_snapshots USING btree (membership_event_id);


--
-- Name: sliding_sync_membership_snapshots_user_id_stream_ordering; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sliding_sync_membership_snapshots_user_id_stream_ordering ON public.sliding_sync_membership_snapshots USING btree (user_id, event_stream_ordering);


--
-- Name: state_group_edges_prev_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_group_edges_prev_idx ON public.state_group_edges USING btree (prev_state_group);


--
-- Name: state_group_edges_unique_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX state_group_edges_unique_idx ON public.state_group_edges USING btree (state_group, prev_state_group);


--
-- Name: state_groups_pending_deletion_insertion_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_pending_deletion_insertion_ts ON public.state_groups_pending_deletion USING btree (insertion_ts);


--
-- Name: state_groups_pending_deletion_state_group; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX state_groups_pending_deletion_state_group ON public.state_groups_pending_deletion USING btree (state_group);


--
-- Name: state_groups_persisting_instance_name; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_persisting_instance_name ON public.state_groups_persisting USING btree (instance_name);


--
-- Name: state_groups_room_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_room_id_idx ON public.state_groups USING btree (room_id);


--
-- Name: state_groups_state_type_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX state_groups_state_type_idx ON public.state_groups_state USING btree (state_group, type, state_key);


--
-- Name: sticky_events_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX sticky_events_room_idx ON public.sticky_events USING btree (room_id, event_stream_ordering);


--
-- Name: stream_ordering_to_exterm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stream_ordering_to_exterm_idx ON public.stream_ordering_to_exterm USING btree (stream_ordering);


--
-- Name: stream_ordering_to_exterm_rm_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX stream_ordering_to_exterm_rm_idx ON public.stream_ordering_to_exterm USING btree (room_id, stream_ordering);


--
-- Name: stream_positions_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX stream_positions_idx ON public.stream_positions USING btree (stream_name, instance_name);


--
-- Name: thread_subscriptions_by_event; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_by_event ON public.thread_subscriptions USING btree (event_id);


--
-- Name: thread_subscriptions_by_user; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_by_user ON public.thread_subscriptions USING btree (user_id, stream_id);


--
-- Name: thread_subscriptions_user_room; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX thread_subscriptions_user_room ON public.thread_subscriptions USING btree (user_id, room_id);


--
-- Name: threads_ordering_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threads_ordering_idx ON public.threads USING btree (room_id, topological_ordering, stream_ordering);


--
-- Name: threepid_guest_access_tokens_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX threepid_guest_access_tokens_index ON public.threepid_guest_access_tokens USING btree (medium, address);


--
-- Name: threepid_validation_token_session_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX threepid_validation_token_session_id ON public.threepid_validation_token USING btree (session_id);


--
-- Name: timeline_gaps_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX timeline_gaps_room_id ON public.timeline_gaps USING btree (room_id, stream_ordering);


--
-- Name: un_partial_stated_event_stream_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX un_partial_stated_event_stream_room_id ON public.un_partial_stated_event_stream USING btree (event_id);


--
-- Name: un_partial_stated_room_stream_room_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX un_partial_stated_room_stream_room_id ON public.un_partial_stated_room_stream USING btree (room_id);


--
-- Name: user_daily_visits_ts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_daily_visits_ts_idx ON public.user_daily_visits USING btree ("timestamp");


--
-- Name: user_daily_visits_uts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_daily_visits_uts_idx ON public.user_daily_visits USING btree (user_id, "timestamp");


--
-- Name: user_directory_room_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_room_idx ON public.user_directory USING btree (room_id);


--
-- Name: user_directory_search_fts_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_search_fts_idx ON public.user_directory_search USING gin (vector);


--
-- Name: user_directory_search_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_directory_search_user_idx ON public.user_directory_search USING btree (user_id);


--
-- Name: user_directory_stale_remote_users_next_try_by_server_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_stale_remote_users_next_try_by_server_idx ON public.user_directory_stale_remote_users USING btree (user_server_name, next_try_at_ts);


--
-- Name: user_directory_stale_remote_users_next_try_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_directory_stale_remote_users_next_try_idx ON public.user_directory_stale_remote_users USING btree (next_try_at_ts, user_server_name);


--
-- Name: user_directory_user_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_directory_user_idx ON public.user_directory USING btree (user_id);


--
-- Name: user_external_ids_user_id_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_external_ids_user_id_idx ON public.user_external_ids USING btree (user_id);


--
-- Name: user_filters_unique; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_filters_unique ON public.user_filters USING btree (user_id, filter_id);


--
-- Name: user_ips_device_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_device_id ON public.user_ips USING btree (user_id, device_id, last_seen);


--
-- Name: user_ips_last_seen; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_last_seen ON public.user_ips USING btree (user_id, last_seen);


--
-- Name: user_ips_last_seen_only; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_ips_last_seen_only ON public.user_ips USING btree (last_seen);


--
-- Name: user_ips_user_token_ip_unique_index; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_ips_user_token_ip_unique_index ON public.user_ips USING btree (user_id, access_token, ip);


--
-- Name: user_reports_target_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_reports_target_user_id ON public.user_reports USING btree (target_user_id);


--
-- Name: user_reports_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_reports_user_id ON public.user_reports USING btree (user_id);


--
-- Name: user_signature_stream_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_signature_stream_idx ON public.user_signature_stream USING btree (stream_id);


--
-- Name: user_threepid_id_server_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX user_threepid_id_server_idx ON public.user_threepid_id_server USING btree (user_id, medium, address, id_server);


--
-- Name: user_threepids_medium_address; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_threepids_medium_address ON public.user_threepids USING btree (medium, address);


--
-- Name: user_threepids_user_id; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX user_threepids_user_id ON public.user_threepids USING btree (user_id);


--
-- Name: users_creation_ts; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_creation_ts ON public.users USING btree (creation_ts);


--
-- Name: users_have_local_media; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_have_local_media ON public.local_media_repository USING btree (user_id, created_ts);


--
-- Name: users_in_public_rooms_r_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_in_public_rooms_r_idx ON public.users_in_public_rooms USING btree (room_id);


--
-- Name: users_in_public_rooms_u_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_in_public_rooms_u_idx ON public.users_in_public_rooms USING btree (user_id, room_id);


--
-- Name: users_who_share_private_rooms_o_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_who_share_private_rooms_o_idx ON public.users_who_share_private_rooms USING btree (other_user_id);


--
-- Name: users_who_share_private_rooms_r_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE INDEX users_who_share_private_rooms_r_idx ON public.users_who_share_private_rooms USING btree (room_id);


--
-- Name: users_who_share_private_rooms_u_idx; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX users_who_share_private_rooms_u_idx ON public.users_who_share_private_rooms USING btree (user_id, other_user_id, room_id);


--
-- Name: worker_locks_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_locks_key ON public.worker_locks USING btree (lock_name, lock_key);


--
-- Name: worker_read_write_locks_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_key ON public.worker_read_write_locks USING btree (lock_name, lock_key, token);


--
-- Name: worker_read_write_locks_mode_key; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_mode_key ON public.worker_read_write_locks_mode USING btree (lock_name, lock_key);


--
-- Name: worker_read_write_locks_mode_type; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_mode_type ON public.worker_read_write_locks_mode USING btree (lock_name, lock_key, write_lock);


--
-- Name: worker_read_write_locks_write; Type: INDEX; Schema: public; Owner: -
--

CREATE UNIQUE INDEX worker_read_write_locks_write ON public.worker_read_write_locks USING btree (lock_name, lock_key) WHERE write_lock;


--
-- Name: current_state_events check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.current_state_events FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: local_current_membership check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.local_current_membership FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: room_memberships check_event_stream_ordering; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_event_stream_ordering BEFORE INSERT OR UPDATE ON public.room_memberships FOR EACH ROW EXECUTE FUNCTION public.check_event_stream_ordering();


--
-- Name: partial_state_events check_partial_state_events; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER check_partial_state_events BEFORE INSERT OR UPDATE ON public.partial_state_events FOR EACH ROW EXECUTE FUNCTION public.check_partial_state_events();


--
-- Name: worker_read_write_locks delete_read_write_lock_parent_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER delete_read_write_lock_parent_trigger AFTER DELETE ON public.worker_read_write_locks FOR EACH ROW EXECUTE FUNCTION public.delete_read_write_lock_parent();


--
-- Name: worker_read_write_locks upsert_read_write_lock_parent_trigger; Type: TRIGGER; Schema: public; Owner: -
--

CREATE TRIGGER upsert_read_write_lock_parent_trigger BEFORE INSERT ON public.worker_read_write_locks FOR EACH ROW EXECUTE FUNCTION public.upsert_read_write_lock_parent();


--
-- Name: access_tokens access_tokens_refresh_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.access_tokens
    ADD CONSTRAINT access_tokens_refresh_token_id_fkey FOREIGN KEY (refresh_token_id) REFERENCES public.refresh_tokens(id) ON DELETE CASCADE;


--
-- Name: destination_rooms destination_rooms_destination_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_destination_fkey FOREIGN KEY (destination) REFERENCES public.destinations(destination);


--
-- Name: destination_rooms destination_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms
    ADD CONSTRAINT destination_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: destination_rooms_sticky_events_backlog destination_rooms_sticky_events_backlog_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.destination_rooms_sticky_events_backlog
    ADD CONSTRAINT destination_rooms_sticky_events_backlog_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: event_edges event_edges_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_edges
    ADD CONSTRAINT event_edges_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: event_failed_pull_attempts event_failed_pull_attempts_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_failed_pull_attempts
    ADD CONSTRAINT event_failed_pull_attempts_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: event_forward_extremities event_forward_extremities_event_id; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_forward_extremities
    ADD CONSTRAINT event_forward_extremities_event_id FOREIGN KEY (event_id) REFERENCES public.events(event_id) DEFERRABLE INITIALLY DEFERRED;


--
-- Name: current_state_events event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.current_state_events
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: local_current_membership event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.local_current_membership
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: room_memberships event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.room_memberships
    ADD CONSTRAINT event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering) NOT VALID;


--
-- Name: event_txn_id_device_id event_txn_id_device_id_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_txn_id_device_id
    ADD CONSTRAINT event_txn_id_device_id_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: event_txn_id_device_id event_txn_id_device_id_user_id_device_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.event_txn_id_device_id
    ADD CONSTRAINT event_txn_id_device_id_user_id_device_id_fkey FOREIGN KEY (user_id, device_id) REFERENCES public.devices(user_id, device_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_prev_state_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_prev_state_event_id_fkey FOREIGN KEY (prev_state_event_id) REFERENCES public.events(event_id);


--
-- Name: msc4242_state_dag_edges msc4242_state_dag_edges_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_edges
    ADD CONSTRAINT msc4242_state_dag_edges_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: msc4242_state_dag_forward_extremities msc4242_state_dag_forward_extremities_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.msc4242_state_dag_forward_extremities
    ADD CONSTRAINT msc4242_state_dag_forward_extremities_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: partial_state_events partial_state_events_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id);


--
-- Name: partial_state_events partial_state_events_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_events
    ADD CONSTRAINT partial_state_events_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.partial_state_rooms(room_id);


--
-- Name: partial_state_rooms partial_state_rooms_join_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_join_event_id_fkey FOREIGN KEY (join_event_id) REFERENCES public.events(event_id);


--
-- Name: partial_state_rooms partial_state_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms
    ADD CONSTRAINT partial_state_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: partial_state_rooms_servers partial_state_rooms_servers_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.partial_state_rooms_servers
    ADD CONSTRAINT partial_state_rooms_servers_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.partial_state_rooms(room_id);


--
-- Name: per_user_experimental_features per_user_experimental_features_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.per_user_experimental_features
    ADD CONSTRAINT per_user_experimental_features_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: profile_updates_per_user profile_updates_per_user_stream_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.profile_updates_per_user
    ADD CONSTRAINT profile_updates_per_user_stream_id_fkey FOREIGN KEY (stream_id) REFERENCES public.profile_updates(stream_id);


--
-- Name: refresh_tokens refresh_tokens_next_token_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.refresh_tokens
    ADD CONSTRAINT refresh_tokens_next_token_id_fkey FOREIGN KEY (next_token_id) REFERENCES public.refresh_tokens(id) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_lazy_members sliding_sync_connection_lazy_members_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_lazy_members
    ADD CONSTRAINT sliding_sync_connection_lazy_members_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_lazy_members sliding_sync_connection_lazy_members_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_lazy_members
    ADD CONSTRAINT sliding_sync_connection_lazy_members_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_positions sliding_sync_connection_positions_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_positions
    ADD CONSTRAINT sliding_sync_connection_positions_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_required_state sliding_sync_connection_required_state_connection_key_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_required_state
    ADD CONSTRAINT sliding_sync_connection_required_state_connection_key_fkey FOREIGN KEY (connection_key) REFERENCES public.sliding_sync_connections(connection_key) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_room_configs sliding_sync_connection_room_configs_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_room_configs
    ADD CONSTRAINT sliding_sync_connection_room_configs_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_connection_room_configs sliding_sync_connection_room_configs_required_state_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_room_configs
    ADD CONSTRAINT sliding_sync_connection_room_configs_required_state_id_fkey FOREIGN KEY (required_state_id) REFERENCES public.sliding_sync_connection_required_state(required_state_id);


--
-- Name: sliding_sync_connection_streams sliding_sync_connection_streams_connection_position_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_connection_streams
    ADD CONSTRAINT sliding_sync_connection_streams_connection_position_fkey FOREIGN KEY (connection_position) REFERENCES public.sliding_sync_connection_positions(connection_position) ON DELETE CASCADE;


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering);


--
-- Name: sliding_sync_joined_rooms sliding_sync_joined_rooms_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms
    ADD CONSTRAINT sliding_sync_joined_rooms_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: sliding_sync_joined_rooms_to_recalculate sliding_sync_joined_rooms_to_recalculate_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_joined_rooms_to_recalculate
    ADD CONSTRAINT sliding_sync_joined_rooms_to_recalculate_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_event_stream_ordering_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_event_stream_ordering_fkey FOREIGN KEY (event_stream_ordering) REFERENCES public.events(stream_ordering);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_membership_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_membership_event_id_fkey FOREIGN KEY (membership_event_id) REFERENCES public.events(event_id);


--
-- Name: sliding_sync_membership_snapshots sliding_sync_membership_snapshots_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.sliding_sync_membership_snapshots
    ADD CONSTRAINT sliding_sync_membership_snapshots_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id);


--
-- Name: thread_subscriptions thread_subscriptions_fk_events; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_events FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: thread_subscriptions thread_subscriptions_fk_rooms; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_rooms FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: thread_subscriptions thread_subscriptions_fk_users; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.thread_subscriptions
    ADD CONSTRAINT thread_subscriptions_fk_users FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: ui_auth_sessions_credentials ui_auth_sessions_credentials_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_credentials
    ADD CONSTRAINT ui_auth_sessions_credentials_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.ui_auth_sessions(session_id);


--
-- Name: ui_auth_sessions_ips ui_auth_sessions_ips_session_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.ui_auth_sessions_ips
    ADD CONSTRAINT ui_auth_sessions_ips_session_id_fkey FOREIGN KEY (session_id) REFERENCES public.ui_auth_sessions(session_id);


--
-- Name: un_partial_stated_event_stream un_partial_stated_event_stream_event_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_event_stream
    ADD CONSTRAINT un_partial_stated_event_stream_event_id_fkey FOREIGN KEY (event_id) REFERENCES public.events(event_id) ON DELETE CASCADE;


--
-- Name: un_partial_stated_room_stream un_partial_stated_room_stream_room_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.un_partial_stated_room_stream
    ADD CONSTRAINT un_partial_stated_room_stream_room_id_fkey FOREIGN KEY (room_id) REFERENCES public.rooms(room_id) ON DELETE CASCADE;


--
-- Name: users_to_send_full_presence_to users_to_send_full_presence_to_user_id_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.users_to_send_full_presence_to
    ADD CONSTRAINT users_to_send_full_presence_to_user_id_fkey FOREIGN KEY (user_id) REFERENCES public.users(name);


--
-- Name: worker_read_write_locks worker_read_write_locks_lock_name_lock_key_write_lock_fkey; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker_read_write_locks
    ADD CONSTRAINT worker_read_write_locks_lock_name_lock_key_write_lock_fkey FOREIGN KEY (lock_name, lock_key, write_lock) REFERENCES public.worker_read_write_locks_mode(lock_name, lock_key, write_lock);


--
-- Name: worker_read_write_locks_mode worker_read_write_locks_mode_foreign; Type: FK CONSTRAINT; Schema: public; Owner: -
--

ALTER TABLE ONLY public.worker_read_write_locks_mode
    ADD CONSTRAINT worker_read_write_locks_mode_foreign FOREIGN KEY (lock_name, lock_key, token) REFERENCES public.worker_read_write_locks(lock_name, lock_key, token) DEFERRABLE INITIALLY DEFERRED;


--
-- PostgreSQL database dump complete
--


