// Runs a script of PrivateLink calls with @alicloud/pop-core's RPCClient, Alibaba Cloud's
// Node.js SDK core, against an endpoint (the sandbox's /alibaba mount), for the tests that
// hold the emulation against a client that is not the console's. Reads {"endpoint", "steps"}
// from the JSON file named by argv[2]; each step is {"action", "params", "method",
// "accessKeyId", "accessKeySecret", "securityToken", "skewMinutes"} or {"replay": true} (the
// previous step's exact GET sent again). The keys come in the file, never on the command
// line. Prints a JSON array with, per step, {"ok": answer} or {"error": {"code", "message",
// "status"}}.
'use strict';

const fs = require('fs');
const http = require('http');
const RPCClient = require('@alicloud/pop-core').RPCClient;

const RealDate = Date;
let skewMs = 0;
// pop-core stamps each request with `new Date()`: a skewed clock makes an old request.
global.Date = class extends RealDate {
  constructor(...args) {
    if (args.length === 0) super(RealDate.now() - skewMs); else super(...args);
  }
  static now() { return RealDate.now() - skewMs; }
};

function replay(url) {
  return new Promise((resolve, reject) => {
    http.get(url, (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk) => { body += chunk; });
      response.on('end', () => resolve({ status: response.statusCode, json: JSON.parse(body) }));
    }).on('error', reject);
  });
}

async function main() {
  const script = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const results = [];
  let lastUrl = null;
  for (const step of script.steps) {
    if (step.replay) {
      const answer = await replay(lastUrl);
      results.push(answer.json.Code
        ? { error: { code: answer.json.Code, message: answer.json.Message, status: answer.status } }
        : { ok: answer.json });
      continue;
    }
    skewMs = (step.skewMinutes || 0) * 60 * 1000;
    const client = new RPCClient({
      endpoint: script.endpoint,
      apiVersion: step.version || '2020-04-15',
      accessKeyId: step.accessKeyId,
      accessKeySecret: step.accessKeySecret,
      securityToken: step.securityToken || undefined,
    }, true);
    try {
      const [json, entry] = await client.request(step.action, step.params || {},
        { method: step.method || 'POST', formatParams: false, timeout: 10000 });
      lastUrl = entry.url;
      results.push({ ok: json });
    } catch (error) {
      if (!error.code) throw error;
      lastUrl = error.url;
      results.push({ error: { code: error.code, message: error.data && error.data.Message,
                              status: error.entry && error.entry.response.statusCode } });
    }
  }
  process.stdout.write(JSON.stringify(results));
}

main().catch((error) => {
  process.stderr.write(String(error && error.stack || error) + '\n');
  process.exit(1);
});
